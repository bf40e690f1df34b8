package io.github.ratecard.approval;

import static io.github.ratecard.approval.Sheets.AFTER;
import static io.github.ratecard.approval.Sheets.ANA;
import static io.github.ratecard.approval.Sheets.BOTH;
import static io.github.ratecard.approval.Sheets.DURING;
import static io.github.ratecard.approval.Sheets.LEE;
import static io.github.ratecard.approval.Sheets.anas;
import static io.github.ratecard.approval.Sheets.automatic;
import static io.github.ratecard.approval.Sheets.by;
import static io.github.ratecard.approval.Sheets.outcome;
import static org.junit.Assert.assertEquals;

import java.util.Optional;
import java.util.Set;
import org.junit.Test;

/** The reasons, the period's end and timesheets without time. */
public class TimesheetRuleDetailsTest {

    @Test
    public void rejectWithoutAReason_shouldBeRefused() {
        assertEquals("refused REASON_REQUIRED", outcome(TimesheetRules.decide(anas(TimesheetState.SUBMITTED), by(LEE, TimesheetAction.REJECT, null))));
    }

    @Test
    public void rejectWithABlankReason_shouldBeRefused() {
        assertEquals("refused REASON_REQUIRED", outcome(TimesheetRules.decide(anas(TimesheetState.SUBMITTED), by(LEE, TimesheetAction.REJECT, "  \n"))));
    }

    @Test
    public void reopenWithoutAReason_shouldBeRefused() {
        assertEquals("refused REASON_REQUIRED", outcome(TimesheetRules.decide(anas(TimesheetState.APPROVED), by(LEE, TimesheetAction.REOPEN, ""))));
    }

    @Test
    public void approveWithoutAReason_shouldMove() {
        assertEquals("→ APPROVED", outcome(TimesheetRules.decide(anas(TimesheetState.SUBMITTED), by(LEE, TimesheetAction.APPROVE, null))));
    }

    @Test
    public void reasonOfTheLongestLength_shouldBeKept() {
        Transition moved = TimesheetRules.decide(anas(TimesheetState.SUBMITTED), by(LEE, TimesheetAction.REJECT, "r".repeat(Reasons.MAX_LENGTH)));

        assertEquals(Reasons.MAX_LENGTH, ((Transition.Moved) moved).reason().length());
    }

    @Test
    public void reasonOneCharacterTooLong_shouldBeRefused() {
        assertEquals("refused REASON_TOO_LONG", outcome(TimesheetRules.decide(anas(TimesheetState.SUBMITTED),
                by(LEE, TimesheetAction.REJECT, "r".repeat(Reasons.MAX_LENGTH + 1)))));
    }

    @Test
    public void reasonWithAControlCharacter_shouldBeRefused() {
        assertEquals("refused REASON_NOT_PLAIN", outcome(TimesheetRules.decide(anas(TimesheetState.SUBMITTED),
                by(LEE, TimesheetAction.REJECT, "Booked \u0007 twice"))));
    }

    @Test
    public void reason_shouldBeKeptTrimmed() {
        Transition moved = TimesheetRules.decide(anas(TimesheetState.APPROVED), by(LEE, TimesheetAction.REOPEN, "  Client disputes ACME-12 \n"));

        assertEquals(new Transition.Moved(TimesheetAction.REOPEN, TimesheetState.APPROVED, TimesheetState.REOPENED, "Client disputes ACME-12"), moved);
    }

    @Test
    public void autoSubmitWhileThePeriodRuns_shouldBeRefused() {
        assertEquals("refused PERIOD_NOT_ENDED", outcome(TimesheetRules.decide(anas(TimesheetState.OPEN), automatic(DURING, BOTH, true))));
    }

    @Test
    public void autoSubmitOnThePeriodsLastDay_shouldBeRefused() {
        assertEquals("refused PERIOD_NOT_ENDED", outcome(TimesheetRules.decide(anas(TimesheetState.OPEN),
                automatic(Sheets.WEEK.last(), BOTH, true))));
    }

    @Test
    public void autoSubmitWhenTheProjectsDoNotAskForIt_shouldBeRefused() {
        assertEquals("refused AUTO_SUBMIT_OFF", outcome(TimesheetRules.decide(anas(TimesheetState.OPEN), automatic(AFTER, BOTH, false))));
    }

    @Test
    public void autoSubmitOfATimesheetWithoutTime_shouldBeRefused() {
        assertEquals("refused NO_TIME", outcome(TimesheetRules.decide(anas(TimesheetState.OPEN), automatic(AFTER, Set.of(), true))));
    }

    @Test
    public void submitOfATimesheetWithoutTime_shouldBeRefused() {
        TimesheetRequest request = new TimesheetRequest(TimesheetAction.SUBMIT, Optional.of(ANA), null, DURING, Set.of(), false);

        assertEquals("refused NO_TIME", outcome(TimesheetRules.decide(anas(TimesheetState.OPEN), request)));
    }

    @Test
    public void approveOfATimesheetWithoutTime_shouldTellFinanceThereIsNoTime() {
        TimesheetRequest request = new TimesheetRequest(TimesheetAction.APPROVE, Optional.of(Sheets.FIN), null, DURING, Set.of(), false);

        assertEquals("refused NO_TIME", outcome(TimesheetRules.decide(anas(TimesheetState.SUBMITTED), request)));
    }

    @Test
    public void approveOfATimesheetWithoutTime_shouldTellOthersOnlyThatTheyAreNoApprover() {
        TimesheetRequest request = new TimesheetRequest(TimesheetAction.APPROVE, Optional.of(Sheets.OZ), null, DURING, Set.of(), false);

        assertEquals("refused NOT_AN_APPROVER", outcome(TimesheetRules.decide(anas(TimesheetState.SUBMITTED), request)));
    }

    @Test
    public void everyRefusal_shouldHaveATextKeyOfItsOwn() {
        assertEquals(ApprovalRefusal.values().length, java.util.Arrays.stream(ApprovalRefusal.values()).map(ApprovalRefusal::key).distinct().count());
    }
}
