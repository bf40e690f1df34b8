package io.github.ratecard.approval;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;

/**
 * The months closed at one moment, globally or per project. A day is closed for a project when its
 * month is closed for every project or for that project; a global close does not need a project's own.
 */
public final class ClosedMonths {

    private final Set<YearMonth> global = new HashSet<>();
    private final Set<String> perProject = new HashSet<>();

    public ClosedMonths(Iterable<ClosedMonth> closed) {
        for (ClosedMonth month : closed) {
            if (month.scope().global()) {
                global.add(month.month());
            } else {
                perProject.add(key(month.scope().projectId(), month.month()));
            }
        }
    }

    public static ClosedMonths none() {
        return new ClosedMonths(Set.of());
    }

    public boolean isClosed(long projectId, LocalDate day) {
        YearMonth month = YearMonth.from(day);
        return global.contains(month) || perProject.contains(key(projectId, month));
    }

    /** Whether the month is closed in the scope itself (a project's own close, or the close of every project). */
    public boolean closedIn(CloseScope scope, YearMonth month) {
        return scope.global() ? global.contains(month) : perProject.contains(key(scope.projectId(), month));
    }

    private static String key(long projectId, YearMonth month) {
        return projectId + "|" + month;
    }

    /** One closed month of a scope. */
    public record ClosedMonth(CloseScope scope, YearMonth month) {
    }
}
