package io.github.ratecard.approval;

import static io.github.ratecard.approval.Sheets.ANA;
import static io.github.ratecard.approval.Sheets.ANA_FINANCE_LEAD;
import static io.github.ratecard.approval.Sheets.BOTH;
import static io.github.ratecard.approval.Sheets.DURING;
import static io.github.ratecard.approval.Sheets.FIN;
import static io.github.ratecard.approval.Sheets.HAL;
import static io.github.ratecard.approval.Sheets.LEE;
import static io.github.ratecard.approval.Sheets.MAX;
import static io.github.ratecard.approval.Sheets.OZ;
import static io.github.ratecard.approval.Sheets.P1;
import static io.github.ratecard.approval.Sheets.anas;
import static io.github.ratecard.approval.Sheets.outcome;
import static org.junit.Assert.assertEquals;

import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/** Who may act on Ana's timesheet (see {@link Sheets} for who holds which right); rights are checked before the state. */
@RunWith(Parameterized.class)
public class TimesheetRightsTest {

    private static final Set<Long> ONLY_P1 = Set.of(P1);

    @Parameters(name = "{0}")
    public static Collection<Object[]> rows() {
        return Arrays.asList(new Object[][] {
            // why,                                                      from,        action,    actor,            projects, expected
            {"a lead does not submit someone else's timesheet",          "OPEN",      "SUBMIT",  LEE,              BOTH,    "refused NOT_YOUR_TIMESHEET"},
            {"finance does not submit someone else's timesheet",         "OPEN",      "SUBMIT",  FIN,              BOTH,    "refused NOT_YOUR_TIMESHEET"},
            {"nobody approves their own time",                           "SUBMITTED", "APPROVE", ANA,              BOTH,    "refused OWN_TIME"},
            {"not even as finance and lead of every project",            "SUBMITTED", "APPROVE", ANA_FINANCE_LEAD, BOTH,    "refused OWN_TIME"},
            {"nobody rejects their own time",                            "SUBMITTED", "REJECT",  ANA_FINANCE_LEAD, BOTH,    "refused OWN_TIME"},
            {"Manage budgets in every project approves",                 "SUBMITTED", "APPROVE", MAX,              BOTH,    "→ APPROVED"},
            {"Manage budgets in every project rejects",                  "SUBMITTED", "REJECT",  MAX,              BOTH,    "→ REJECTED"},
            {"the lead of one of two projects does not approve",         "SUBMITTED", "APPROVE", HAL,              BOTH,    "refused NOT_AN_APPROVER"},
            {"the lead of one of two projects does not reject",          "SUBMITTED", "REJECT",  HAL,              BOTH,    "refused NOT_AN_APPROVER"},
            {"the lead of the only project approves",                    "SUBMITTED", "APPROVE", HAL,              ONLY_P1, "→ APPROVED"},
            {"finance alone is no approver",                             "SUBMITTED", "APPROVE", FIN,              BOTH,    "refused NOT_AN_APPROVER"},
            {"someone without rights does not approve",                  "SUBMITTED", "APPROVE", OZ,               BOTH,    "refused NOT_AN_APPROVER"},
            {"rights are checked before the state",                      "OPEN",      "APPROVE", OZ,               BOTH,    "refused NOT_AN_APPROVER"},
            {"finance reopens",                                          "APPROVED",  "REOPEN",  FIN,              BOTH,    "→ REOPENED"},
            {"finance does not reopen its own time",                     "APPROVED",  "REOPEN",  ANA_FINANCE_LEAD, BOTH,    "refused OWN_TIME"},
            {"an approver reopens",                                      "APPROVED",  "REOPEN",  MAX,              BOTH,    "→ REOPENED"},
            {"its user does not reopen it",                              "APPROVED",  "REOPEN",  ANA,              BOTH,    "refused OWN_TIME"},
            {"the lead of one of two projects does not reopen",          "APPROVED",  "REOPEN",  HAL,              BOTH,    "refused NOT_FINANCE_OR_APPROVER"},
            {"someone without rights does not reopen",                   "APPROVED",  "REOPEN",  OZ,               BOTH,    "refused NOT_FINANCE_OR_APPROVER"},
        });
    }

    private final TimesheetState from;
    private final TimesheetAction action;
    private final Actor actor;
    private final Set<Long> projects;
    private final String expected;

    @SuppressWarnings("unchecked")
    public TimesheetRightsTest(String why, String from, String action, Actor actor, Object projects, String expected) {
        this.from = TimesheetState.valueOf(from);
        this.action = TimesheetAction.valueOf(action);
        this.actor = actor;
        this.projects = (Set<Long>) projects;
        this.expected = expected;
    }

    @Test
    public void decide() {
        TimesheetRequest request = new TimesheetRequest(action, Optional.of(actor), "Checked with the client", DURING, projects, false);

        assertEquals(expected, outcome(TimesheetRules.decide(anas(from), request)));
    }
}
