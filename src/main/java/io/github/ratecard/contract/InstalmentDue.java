package io.github.ratecard.contract;

import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.Refusal;
import java.time.LocalDate;

/** When a fixed-fee instalment falls due: on a date, or when an issue or epic (the milestone) is resolved. */
public sealed interface InstalmentDue permits InstalmentDue.OnDate, InstalmentDue.OnMilestone {

    /** Due on {@code date}. */
    record OnDate(LocalDate date) implements InstalmentDue {
        public OnDate {
            InvalidInputException.require(date != null, "dueDate", "An instalment due by date needs the date", Refusal.of(Refusal.Reason.REQUIRED));
            InvalidInputException.require(!date.isBefore(LocalDate.parse(InputLimits.FIRST_DAY)) && !date.isAfter(LocalDate.parse(InputLimits.LAST_DAY)),
                    "dueDate", "dueDate must be from " + InputLimits.FIRST_DAY + " to " + InputLimits.LAST_DAY,
                    Refusal.of(Refusal.Reason.OUT_OF_RANGE, InputLimits.FIRST_DAY, InputLimits.LAST_DAY));
        }
    }

    /** Due on the day the issue or epic {@code issueKey} is resolved. */
    record OnMilestone(String issueKey) implements InstalmentDue {
        public OnMilestone {
            issueKey = ContractLimits.requireText(issueKey, ContractLimits.MILESTONE_KEY, "milestone", "An instalment due by milestone needs the issue key");
            issueKey = issueKey.toUpperCase(java.util.Locale.ROOT);
            InvalidInputException.require(issueKey.matches("[A-Z][A-Z0-9_]*-[1-9][0-9]*"), "milestone",
                    "The milestone must be an issue key such as PROJ-12, was: " + issueKey);
        }
    }
}
