package io.github.ratecard.approval;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What one user logged in a period, per project, from one read of the ledger: worked seconds, the
 * billable part of them, the entries missing a rate or account, and when Jira last changed any of it
 * (a deletion included). A timesheet covers only the projects of its cadence: {@link #of} narrows it.
 */
public record PeriodWork(String userKey, Map<Long, Figures> byProject) {

    /** One project's figures: worked and billable seconds, entries without a full price, the last change in epoch millis (0: none). */
    public record Figures(long workedSeconds, long billableSeconds, int unpriced, long lastChangeMillis) {

        public static final Figures NONE = new Figures(0, 0, 0, 0);

        public Figures plus(Figures other) {
            return new Figures(workedSeconds + other.workedSeconds, billableSeconds + other.billableSeconds, unpriced + other.unpriced,
                    Math.max(lastChangeMillis, other.lastChangeMillis));
        }
    }

    public PeriodWork {
        byProject = Map.copyOf(byProject);
    }

    /** The projects with live work in the period. */
    public Set<Long> projects() {
        Set<Long> live = new java.util.TreeSet<>();
        byProject.forEach((project, figures) -> {
            if (figures.workedSeconds() > 0) {
                live.add(project);
            }
        });
        return live;
    }

    /** The figures of these projects together. */
    public Figures of(Set<Long> projects) {
        Figures sum = Figures.NONE;
        for (Map.Entry<Long, Figures> entry : new TreeMap<>(byProject).entrySet()) {
            if (projects.contains(entry.getKey())) {
                sum = sum.plus(entry.getValue());
            }
        }
        return sum;
    }

    /** When Jira last changed the work of these projects, if ever. */
    public Optional<Instant> lastChange(Set<Long> projects) {
        long millis = of(projects).lastChangeMillis();
        return millis == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
    }
}
