package io.github.ratecard.sandbox;

import io.github.ratecard.capacity.CapacityCalendar;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.insight.utilisation.LoggedMonth;
import io.github.ratecard.insight.utilisation.LoggedTime;
import io.github.ratecard.insight.utilisation.UtilisationTargets;
import io.github.ratecard.ledger.WorklogChange;
import io.github.ratecard.ledger.WorklogIntake;
import io.github.ratecard.rates.LevelStore;
import io.github.ratecard.sandbox.model.SbIssue;
import io.github.ratecard.sandbox.model.SbWorklog;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * The demo's utilisation story for October 2026, through the app's services once the demo is priced:
 * billable targets per staff level (Agent L1 85 %, Agent L2 75 %, Team lead 50 %); agent12 (L1, on
 * ACMEDEV) works overtime until their billable time is 110 % of their capacity, over target; agent08
 * (L1, on GLX) logs billable time until it is exactly their 85 % target; the agents of the internal
 * OPS project log no billable time and stay under target. The top-ups depend on what the generated
 * story already holds, so the states are the same for any number of demo worklogs.
 */
final class DemoUtilisation {

    static final YearMonth MONTH = YearMonth.of(2026, 10);
    static final String OVER_AGENT = "agent12";
    static final String ON_TARGET_AGENT = "agent08";
    static final String UNDER_AGENT = "agent05";
    static final Map<String, String> TARGETS = Map.of("Agent L1", "85", "Agent L2", "75", "Team lead", "50");

    private final SandboxApp app;
    private final SandboxStore store;

    DemoUtilisation(SandboxApp app, SandboxStore store) {
        this.app = app;
        this.store = store;
    }

    /** Runs as finance for the targets; the top-ups are Jira worklogs, through the same intake as Jira's events. */
    void seed() {
        SandboxSession.begin(store.user("finance").orElseThrow(), Locale.ENGLISH);
        try {
            UtilisationTargets targets = app.bean(UtilisationTargets.class);
            app.bean(LevelStore.class).levels().forEach(level -> {
                String percent = TARGETS.get(level.name());
                if (percent != null) {
                    targets.set(level.id(), new BigDecimal(percent));
                }
            });
        } finally {
            SandboxSession.end();
        }
        topUp(OVER_AGENT, "ACMEDEV-4", new BigDecimal("1.10"));
        topUp(ON_TARGET_AGENT, "GLX-4", new BigDecimal("0.85"));
    }

    /** Logs billable work on the issue, spread over the month's working days, until the agent's billable time is {@code share} of capacity. */
    private void topUp(String userKey, String issueKey, BigDecimal share) {
        DateRange days = new DateRange(MONTH.atDay(1), MONTH.atEndOfMonth());
        SortedMap<LocalDate, Long> expected = app.bean(CapacityCalendar.class).expectedSeconds(List.of(userKey), days).get(userKey);
        long capacity = expected.values().stream().mapToLong(Long::longValue).sum();
        long billable = app.bean(LoggedTime.class).between(MONTH, MONTH).stream().filter(m -> m.userKey().equals(userKey))
                .mapToLong(LoggedMonth::billableSeconds).sum();
        long wanted = share.multiply(BigDecimal.valueOf(capacity)).setScale(0, RoundingMode.HALF_UP).longValueExact();
        List<LocalDate> working = new ArrayList<>();
        expected.forEach((day, seconds) -> {
            if (seconds > 0) {
                working.add(day);
            }
        });
        long missing = wanted - billable;
        if (missing <= 0 || working.isEmpty()) {
            return;
        }
        SbIssue issue = store.issue(issueKey).orElseThrow();
        WorklogIntake intake = app.bean(WorklogIntake.class);
        for (int d = 0; d < working.size(); d++) {
            long seconds = missing / working.size() + (d < missing % working.size() ? 1 : 0);
            if (seconds > 0) {
                SbWorklog worklog = store.createWorklog(issue, userKey, working.get(d).atTime(LocalTime.of(18, 0)).atZone(DemoData.AGENTS_ZONE)
                        .toInstant(), seconds, "Evening queue", app.clock.instant());
                intake.accept(WorklogChange.saved(store.record(worklog)));
            }
        }
    }
}
