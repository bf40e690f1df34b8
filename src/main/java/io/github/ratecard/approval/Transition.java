package io.github.ratecard.approval;

import java.util.Objects;

/** What a requested action does to a timesheet: it moves it to another state, or it is refused with a reason. */
public sealed interface Transition {

    /** The timesheet moves {@code from} → {@code to}; {@code reason} is the kept reason (null when none was given). */
    record Moved(TimesheetAction action, TimesheetState from, TimesheetState to, String reason) implements Transition {
        public Moved {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    /** Nothing changes, for this reason. */
    record Refused(ApprovalRefusal refusal) implements Transition {
        public Refused {
            Objects.requireNonNull(refusal, "refusal");
        }
    }
}
