package io.github.ratecard.insight.hints;

import io.github.ratecard.domain.ProjectDirectory;
import io.github.ratecard.domain.ProjectRef;
import io.github.ratecard.ledger.ItemFailures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The weekly hints e-mail: each subscriber whose last e-mail is a week old (or who never got one)
 * gets the open hints meant for them — every one for finance, for others the hints whose projects
 * they all lead, below-cost hints excepted — largest money at stake first, at most {@link #MAX_HINTS}. No open hints, no e-mail.
 * Whether someone is finance is asked when the e-mail is due; a deleted or deactivated subscriber
 * gets none and their subscription is dropped.
 */
public final class HintDigest {

    public static final int MAX_HINTS = 20;
    static final Duration WEEK = Duration.ofDays(7);

    private final DigestSubscriptions subscriptions;
    private final HintStore store;
    private final ProjectDirectory projects;
    private final DigestMailer mailer;
    private final DigestRecipients recipients;
    private final Clock clock;

    public HintDigest(DigestSubscriptions subscriptions, HintStore store, ProjectDirectory projects, DigestMailer mailer, DigestRecipients recipients,
                      Clock clock) {
        this.subscriptions = subscriptions;
        this.store = store;
        this.projects = projects;
        this.mailer = mailer;
        this.recipients = recipients;
        this.clock = clock;
    }

    /** Sends the e-mails that are due; a subscriber whose e-mail fails is reported and the others still get theirs. */
    public int sendDue(ItemFailures failures) {
        Instant now = clock.instant();
        List<Hint> open = store.all().stream().filter(hint -> hint.state() == HintState.OPEN)
                .sorted(Comparator.comparing((Hint hint) -> hint.finding().atStake() == null ? 0L : -hint.finding().atStake().minorUnits())
                        .thenComparing(Hint::id))
                .toList();
        int sent = 0;
        for (DigestSubscriptions.Subscription subscription : subscriptions.all()) {
            if (subscription.lastSent().map(last -> last.plus(WEEK).isAfter(now)).orElse(false)) {
                continue;
            }
            try {
                DigestRecipients.Standing standing = recipients.standing(subscription.userKey());
                if (standing == DigestRecipients.Standing.GONE) {
                    subscriptions.unsubscribe(subscription.userKey());
                    continue;
                }
                boolean finance = standing == DigestRecipients.Standing.FINANCE;
                List<Hint> theirs = open.stream().filter(hint -> isFor(subscription.userKey(), finance, hint)).limit(MAX_HINTS).toList();
                if (!theirs.isEmpty()) {
                    mailer.sendDigest(subscription.userKey(), theirs);
                    sent++;
                }
                subscriptions.sent(subscription.userKey(), now);
            } catch (RuntimeException e) {
                failures.failed("weekly hints e-mail to " + subscription.userKey(), e);
            }
        }
        return sent;
    }

    private boolean isFor(String userKey, boolean finance, Hint hint) {
        if (finance) {
            return true;
        }
        return !hint.finding().financeOnly() && !hint.finding().projectIds().isEmpty() && hint.finding().projectIds().stream()
                .allMatch(id -> projects.byId(id).map(ProjectRef::leadUserKey).filter(userKey::equals).isPresent());
    }
}
