package io.github.ratecard.approval;

import java.time.LocalDate;
import java.util.Set;

/** Which locks hold a user's work in a project on a day; empty when it may change freely. */
@FunctionalInterface
public interface Locks {

    Set<Lock> on(String userKey, long projectId, LocalDate day);
}
