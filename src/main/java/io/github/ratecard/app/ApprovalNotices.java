package io.github.ratecard.app;

import io.github.ratecard.approval.LoggedWork;
import io.github.ratecard.approval.Notice;
import io.github.ratecard.approval.NoticeRules;
import io.github.ratecard.approval.Notifier;
import io.github.ratecard.approval.PendingChange;
import io.github.ratecard.approval.PendingChangeStore;
import io.github.ratecard.approval.Timesheet;
import io.github.ratecard.approval.TimesheetEvent;
import io.github.ratecard.approval.TimesheetPeriod;
import io.github.ratecard.approval.TimesheetSettings;
import io.github.ratecard.approval.TimesheetWork;
import io.github.ratecard.domain.ProjectDirectory;
import io.github.ratecard.domain.ProjectRef;
import io.github.ratecard.domain.Transactions;
import io.github.ratecard.ledger.ItemFailures;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the e-mails {@link NoticeRules} asks for, after the change they tell of has committed (the
 * host's mail queue is not transactional). A mail that cannot be queued is logged and never undoes
 * the change. Pending changes are told by the background job, each once: it marks a change as told
 * in its own transaction before queuing its e-mails, so a re-delivered ledger event, a second run or
 * a second node never mails the same change again.
 */
public final class ApprovalNotices {

    private static final Logger LOG = LoggerFactory.getLogger(ApprovalNotices.class);
    static final int BATCH = 100;

    private final Notifier notifier;
    private final TimesheetWork work;
    private final TimesheetSettings settings;
    private final ProjectDirectory projects;
    private final PendingChangeStore pending;
    private final Transactions transactions;
    private final Clock clock;

    public ApprovalNotices(Notifier notifier, TimesheetWork work, TimesheetSettings settings, ProjectDirectory projects, PendingChangeStore pending,
                           Transactions transactions, Clock clock) {
        this.notifier = notifier;
        this.work = work;
        this.settings = settings;
        this.projects = projects;
        this.pending = pending;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Tells whom it concerns that the timesheet moved; called once the move has committed. */
    public void moved(Timesheet after, TimesheetEvent event) {
        try {
            Set<Long> projectIds = new LinkedHashSet<>();
            work.projectsOf(after.userKey(), after.period().range()).stream()
                    .filter(project -> settings.cadence(project) == after.period().cadence()).forEach(projectIds::add);
            sendAll(NoticeRules.ofMove(after, event, leads(projectIds)));
        } catch (RuntimeException e) {
            LOG.error("Ratecard could not work out who to tell that {}'s timesheet {} was {}; the timesheet is {} all the same",
                    after.userKey(), after.period().label(), event.action(), after.state(), e);
        }
    }

    /**
     * Tells the approvers of every pending change not told yet, a batch at a time, until none is left, {@code stop} says
     * so, or a batch told nobody (its changes would only be read again; the next run tries them).
     */
    public int tellPendingChanges(BooleanSupplier stop, ItemFailures failures) {
        int told = 0;
        List<PendingChangeStore.Stored> batch = pending.unnoticed(BATCH);
        while (!batch.isEmpty() && !stop.getAsBoolean()) {
            int toldBefore = told;
            for (PendingChangeStore.Stored stored : batch) {
                try {
                    told += tell(stored) ? 1 : 0;
                } catch (RuntimeException e) {
                    failures.failed("pending change " + stored.id(), e);
                }
            }
            if (batch.size() < BATCH || told == toldBefore) {
                break;
            }
            batch = pending.unnoticed(BATCH);
        }
        return told;
    }

    private boolean tell(PendingChangeStore.Stored stored) {
        if (!transactions.inTransaction(() -> pending.markNoticed(stored.id(), clock.instant()))) {
            return false;
        }
        PendingChange change = stored.change();
        LoggedWork changed = change.after().or(change::before).orElseThrow();
        TimesheetPeriod period = TimesheetPeriod.containing(settings.cadence(changed.projectId()), changed.day());
        Set<Long> projectIds = new LinkedHashSet<>();
        change.before().ifPresent(before -> projectIds.add(before.projectId()));
        change.after().ifPresent(after -> projectIds.add(after.projectId()));
        sendAll(NoticeRules.ofPendingChange(change, period, leads(projectIds)));
        return true;
    }

    private List<String> leads(Collection<Long> projectIds) {
        return projectIds.stream().map(projects::byId).flatMap(java.util.Optional::stream).map(ProjectRef::leadUserKey).toList();
    }

    private void sendAll(List<Notice> notices) {
        for (Notice notice : notices) {
            try {
                notifier.send(notice);
            } catch (RuntimeException e) {
                LOG.error("Ratecard could not queue the {} e-mail to {} about {}'s timesheet {}; nothing else is undone", notice.kind(),
                        notice.recipientKey(), notice.userKey(), notice.period().label(), e);
            }
        }
    }
}
