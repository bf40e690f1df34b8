package io.github.ratecard.insight.hints;

import io.github.ratecard.access.AccessDeniedException;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.audit.AuditLog;
import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.NotFoundException;
import io.github.ratecard.domain.PlainText;
import io.github.ratecard.domain.Transactions;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What people do with hints: list the ones they may see, dismiss one with a reason (audited), ask
 * for a run, and subscribe to the weekly e-mail. Finance sees every hint; anyone else a hint whose
 * projects all grant them View costs or have them as lead (a hint about no project, and a below-cost
 * hint, is finance's).
 */
public final class HintService {

    private final HintStore store;
    private final HintRuns runs;
    private final HintSettings settings;
    private final DigestSubscriptions subscriptions;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    public HintService(HintStore store, HintRuns runs, HintSettings settings, DigestSubscriptions subscriptions, AccessPolicy access,
                       AuditLog audit, Transactions transactions, Clock clock) {
        this.store = store;
        this.runs = runs;
        this.settings = settings;
        this.subscriptions = subscriptions;
        this.access = access;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The hints the current user may see that match the filter, largest money at stake first. */
    public List<Hint> list(HintFilter filter) {
        access.requireSignedIn();
        filter.projectId().ifPresent(project -> {
            if (!access.mayViewCosts(project) && !access.currentUserLeads(project)) {
                throw new AccessDeniedException(true, "This needs the View costs permission of the project or Ratecard finance");
            }
        });
        return store.all().stream().filter(filter::matches).filter(this::maySee)
                .sorted(Comparator.comparing((Hint hint) -> hint.finding().atStake() == null ? 0L : -hint.finding().atStake().minorUnits())
                        .thenComparing(hint -> hint.finding().ruleId()).thenComparing(Hint::id))
                .toList();
    }

    public boolean maySee(Hint hint) {
        if (access.currentUserIsFinance()) {
            return true;
        }
        return !hint.finding().financeOnly() && !hint.finding().projectIds().isEmpty()
                && hint.finding().projectIds().stream().allMatch(p -> access.mayViewCosts(p) || access.currentUserLeads(p));
    }

    /** Dismisses an open hint: it stays dismissed in later runs unless it grows past the threshold. */
    public Hint dismiss(long id, String reason) {
        access.requireSignedIn();
        Hint hint = store.hint(id).filter(this::maySee).orElseThrow(() -> new NotFoundException("No hint " + id));
        String kept = reason == null ? "" : reason.strip();
        InvalidInputException.require(!kept.isEmpty(), "reason", "Say why the hint needs no action");
        InvalidInputException.require(kept.length() <= InputLimits.HINT_REASON, "reason", "The reason may have at most " + InputLimits.HINT_REASON
                + " characters");
        PlainText.require(kept, "reason");
        if (hint.state() == HintState.DISMISSED) {
            throw new io.github.ratecard.domain.ConflictException("state", "The hint is dismissed already");
        }
        String by = access.currentViewer().orElseThrow().userKey();
        Hint dismissed = new Hint(hint.id(), hint.finding(), HintState.DISMISSED, hint.firstSeen(), hint.lastSeen(),
                Optional.of(new Dismissal(by, clock.instant(), kept, hint.finding().magnitude())));
        return transactions.inTransaction(() -> {
            if (!store.changeState(id, hint.state(), HintState.DISMISSED, dismissed.dismissal())) {
                throw new io.github.ratecard.domain.ConflictException("state", "The hint changed meanwhile; load it again");
            }
            audit.record("hint", String.valueOf(id), "dismiss", snapshot(hint, null), snapshot(dismissed, kept));
            return dismissed;
        });
    }

    /** Asks for a run; the background job runs it within minutes. Finance only. */
    public HintRuns.Run requestRun() {
        access.requireFinance();
        runs.request(access.currentViewer().orElseThrow().userKey(), clock.instant());
        return runs.latest().orElseThrow();
    }

    public Optional<HintRuns.Run> latestRun() {
        access.requireSignedIn();
        return runs.latest();
    }

    public int uninvoicedDays() {
        return settings.uninvoicedDays();
    }

    public int changeUninvoicedDays(int days) {
        access.requireFinance();
        InvalidInputException.require(days >= 1 && days <= HintSettings.MAX_UNINVOICED_DAYS, "uninvoicedDays",
                "uninvoicedDays must be between 1 and " + HintSettings.MAX_UNINVOICED_DAYS);
        int before = settings.uninvoicedDays();
        transactions.inTransaction(() -> {
            settings.setUninvoicedDays(days);
            audit.record("hint-settings", "uninvoicedDays", "change", Map.<String, Object>of("uninvoicedDays", before), Map.<String, Object>of("uninvoicedDays", days));
            return null;
        });
        return days;
    }

    /** Whether the current user gets the weekly e-mail. */
    public boolean subscribed() {
        access.requireSignedIn();
        return subscriptions.of(access.currentViewer().orElseThrow().userKey()).isPresent();
    }

    /** Subscribes or unsubscribes the current user; only finance and people who see hints of their projects may subscribe. */
    public boolean subscribe(boolean on) {
        access.requireSignedIn();
        String user = access.currentViewer().orElseThrow().userKey();
        if (!on) {
            subscriptions.unsubscribe(user);
            return false;
        }
        boolean finance = access.currentUserIsFinance();
        if (!finance && store.all().stream().noneMatch(this::maySee)) {
            throw new AccessDeniedException(true, "The weekly hints e-mail is for finance and project leads");
        }
        subscriptions.subscribe(user, finance, clock.instant());
        return true;
    }

    private static Map<String, Object> snapshot(Hint hint, String reason) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("rule", hint.finding().ruleId());
        snapshot.put("subject", hint.finding().subject());
        snapshot.put("state", hint.state().name());
        snapshot.put("magnitude", hint.finding().magnitude());
        if (reason != null) {
            snapshot.put("reason", reason);
        }
        return snapshot;
    }
}
