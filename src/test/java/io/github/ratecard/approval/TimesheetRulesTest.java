package io.github.ratecard.approval;

import static io.github.ratecard.approval.Sheets.AFTER;
import static io.github.ratecard.approval.Sheets.ANA;
import static io.github.ratecard.approval.Sheets.BOTH;
import static io.github.ratecard.approval.Sheets.LEE;
import static io.github.ratecard.approval.Sheets.anas;
import static io.github.ratecard.approval.Sheets.automatic;
import static io.github.ratecard.approval.Sheets.by;
import static io.github.ratecard.approval.Sheets.outcome;
import static org.junit.Assert.assertEquals;

import java.util.Arrays;
import java.util.Collection;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * Every action from every state, asked by someone with the rights for it (Ana for her own submit,
 * Lee, who leads both her projects, to approve, reject and reopen, Ratecard itself after the week
 * for the automatic submit): which move, which refuse, and why.
 */
@RunWith(Parameterized.class)
public class TimesheetRulesTest {

    @Parameters(name = "{0}")
    public static Collection<Object[]> rows() {
        return Arrays.asList(new Object[][] {
            // why,                                                 from,        action,        expected
            {"open: its user submits it",                           "OPEN",      "SUBMIT",      "→ SUBMITTED"},
            {"open: submitted automatically after the period",      "OPEN",      "AUTO_SUBMIT", "→ SUBMITTED"},
            {"open: nothing submitted to approve",                  "OPEN",      "APPROVE",     "refused NOT_SUBMITTED"},
            {"open: nothing submitted to reject",                   "OPEN",      "REJECT",      "refused NOT_SUBMITTED"},
            {"open: never approved, so not reopened",               "OPEN",      "REOPEN",      "refused NOT_APPROVED"},
            {"submitted: not submitted twice",                      "SUBMITTED", "SUBMIT",      "refused ALREADY_SUBMITTED"},
            {"submitted: not submitted automatically again",        "SUBMITTED", "AUTO_SUBMIT", "refused NOT_OPEN"},
            {"submitted: an approver approves it",                  "SUBMITTED", "APPROVE",     "→ APPROVED"},
            {"submitted: an approver rejects it with a reason",     "SUBMITTED", "REJECT",      "→ REJECTED"},
            {"submitted: not approved yet, so not reopened",        "SUBMITTED", "REOPEN",      "refused NOT_APPROVED"},
            {"approved: reopened first, then submitted",            "APPROVED",  "SUBMIT",      "refused ALREADY_APPROVED"},
            {"approved: not submitted automatically",               "APPROVED",  "AUTO_SUBMIT", "refused NOT_OPEN"},
            {"approved: not approved twice",                        "APPROVED",  "APPROVE",     "refused ALREADY_APPROVED"},
            {"approved: not rejected without reopening",            "APPROVED",  "REJECT",      "refused ALREADY_APPROVED"},
            {"approved: reopened with a reason",                    "APPROVED",  "REOPEN",      "→ REOPENED"},
            {"rejected: its user submits it again",                 "REJECTED",  "SUBMIT",      "→ SUBMITTED"},
            {"rejected: waits for its user, not submitted automatically", "REJECTED", "AUTO_SUBMIT", "refused NOT_OPEN"},
            {"rejected: not approved before it is submitted again", "REJECTED",  "APPROVE",     "refused NOT_SUBMITTED"},
            {"rejected: not rejected twice",                        "REJECTED",  "REJECT",      "refused NOT_SUBMITTED"},
            {"rejected: not approved, so not reopened",             "REJECTED",  "REOPEN",      "refused NOT_APPROVED"},
            {"reopened: its user submits it again",                 "REOPENED",  "SUBMIT",      "→ SUBMITTED"},
            {"reopened: waits for its user, not submitted automatically", "REOPENED", "AUTO_SUBMIT", "refused NOT_OPEN"},
            {"reopened: not approved before it is submitted again", "REOPENED",  "APPROVE",     "refused NOT_SUBMITTED"},
            {"reopened: not rejected before it is submitted again", "REOPENED",  "REJECT",      "refused NOT_SUBMITTED"},
            {"reopened: not reopened twice",                        "REOPENED",  "REOPEN",      "refused NOT_APPROVED"},
        });
    }

    private final TimesheetState from;
    private final TimesheetAction action;
    private final String expected;

    public TimesheetRulesTest(String why, String from, String action, String expected) {
        this.from = TimesheetState.valueOf(from);
        this.action = TimesheetAction.valueOf(action);
        this.expected = expected;
    }

    @Test
    public void decide() {
        TimesheetRequest request = switch (action) {
            case SUBMIT -> by(ANA, action, null);
            case AUTO_SUBMIT -> automatic(AFTER, BOTH, true);
            case APPROVE -> by(LEE, action, null);
            case REJECT, REOPEN -> by(LEE, action, "Hours on ACME-12 are booked twice");
        };

        assertEquals(expected, outcome(TimesheetRules.decide(anas(from), request)));
    }
}
