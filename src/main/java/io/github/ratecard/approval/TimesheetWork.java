package io.github.ratecard.approval;

import io.github.ratecard.domain.DateRange;
import java.util.Set;

/** Where a user's time lies: the projects they logged work in on the days of a range (deleted work not counted). */
@FunctionalInterface
public interface TimesheetWork {

    Set<Long> projectsOf(String userKey, DateRange days);
}
