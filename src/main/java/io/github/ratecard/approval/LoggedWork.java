package io.github.ratecard.approval;

import java.time.LocalDate;
import java.util.Objects;

/** A worklog's figures on one side of a change: whose, in which project, on which work day, how many seconds. */
public record LoggedWork(String userKey, long projectId, LocalDate day, long seconds) {

    public LoggedWork {
        Objects.requireNonNull(userKey, "userKey");
        Objects.requireNonNull(day, "day");
        if (seconds < 0) {
            throw new IllegalArgumentException("Worked seconds cannot be negative: " + seconds);
        }
    }
}
