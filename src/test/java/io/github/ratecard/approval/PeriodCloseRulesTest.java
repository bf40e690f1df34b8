package io.github.ratecard.approval;

import static org.junit.Assert.assertEquals;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/** Closing and reopening a month: every action from both states, by finance and by others. */
@RunWith(Parameterized.class)
public class PeriodCloseRulesTest {

    private static final Actor FINANCE = new Actor("fin", true, Set.of(), Set.of());
    private static final Actor LEAD = new Actor("lee", false, Set.of(1L), Set.of(1L));

    @Parameters(name = "{0}")
    public static Collection<Object[]> rows() {
        return Arrays.asList(new Object[][] {
            // why,                                           action,   closed now, actor,   reason,                 expected
            {"finance closes an open month",                  "CLOSE",  false,      FINANCE, null,                   "allowed"},
            {"finance closes with a note",                    "CLOSE",  false,      FINANCE, "Payroll run",          "allowed"},
            {"a closed month is not closed twice",            "CLOSE",  true,       FINANCE, null,                   "ALREADY_CLOSED"},
            {"a lead does not close",                         "CLOSE",  false,      LEAD,    null,                   "NOT_FINANCE"},
            {"finance reopens a closed month with a reason",  "REOPEN", true,       FINANCE, "Late client approval", "allowed"},
            {"a reopen needs a reason",                       "REOPEN", true,       FINANCE, " ",                    "REASON_REQUIRED"},
            {"an open month is not reopened",                 "REOPEN", false,      FINANCE, "Late client approval", "NOT_CLOSED"},
            {"a lead does not reopen",                        "REOPEN", true,       LEAD,    "Late client approval", "NOT_FINANCE"},
            {"the reason's length is limited",                "REOPEN", true,       FINANCE, "r".repeat(256),        "REASON_TOO_LONG"},
        });
    }

    private final CloseAction action;
    private final boolean closedNow;
    private final Actor actor;
    private final String reason;
    private final String expected;

    public PeriodCloseRulesTest(String why, String action, boolean closedNow, Actor actor, String reason, String expected) {
        this.action = CloseAction.valueOf(action);
        this.closedNow = closedNow;
        this.actor = actor;
        this.reason = reason;
        this.expected = expected;
    }

    @Test
    public void refusal() {
        assertEquals(expected, PeriodCloseRules.refusal(action, closedNow, actor, reason).map(Enum::name).orElse("allowed"));
    }
}
