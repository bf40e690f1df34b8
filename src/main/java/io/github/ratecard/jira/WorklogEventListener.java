package io.github.ratecard.jira;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.worklog.WorklogDeletedEvent;
import com.atlassian.jira.event.worklog.WorklogEvent;
import io.github.ratecard.ledger.WorklogChange;
import io.github.ratecard.ledger.WorklogIntake;
import java.time.Clock;

/**
 * Receives Jira's worklog created, updated and deleted events and passes them, as plain
 * {@link WorklogChange}s, to the {@link WorklogIntake}. Registered with Jira's event
 * publisher for the life of the plugin (see the Spring context's init and destroy methods).
 */
public class WorklogEventListener {

    private final EventPublisher eventPublisher;
    private final WorklogIntake intake;
    private final Clock clock;

    public WorklogEventListener(EventPublisher eventPublisher, WorklogIntake intake, Clock clock) {
        this.eventPublisher = eventPublisher;
        this.intake = intake;
        this.clock = clock;
    }

    public void start() {
        eventPublisher.register(this);
    }

    public void stop() {
        eventPublisher.unregister(this);
    }

    @EventListener
    public void onWorklogEvent(WorklogEvent event) {
        if (event.getWorklog() == null) {
            return;
        }
        if (event instanceof WorklogDeletedEvent) {
            intake.accept(WorklogChange.deleted(event.getWorklog().getId(), clock.instant()));
        } else {
            intake.accept(WorklogChange.saved(WorklogRecords.from(event.getWorklog())));
        }
    }
}
