package io.github.ratecard.ledger;

import java.time.Instant;
import org.slf4j.LoggerFactory;

/**
 * Where the ledger puts aside a worklog it will not price (its work day lies outside
 * {@link io.github.ratecard.domain.BusinessDates}), with the reason, for an administrator to
 * find. It is not retried: a later change of the worklog in Jira is applied as any other.
 */
@FunctionalInterface
public interface RefusedWorklogs {

    void refused(WorklogRecord worklog, String reason, Instant at);

    /** Only logs the refusal. */
    RefusedWorklogs LOG_ONLY = (worklog, reason, at) -> LoggerFactory.getLogger(RefusedWorklogs.class)
            .warn("Ratecard does not price worklog {}: {}", worklog.worklogId(), reason);
}
