package io.github.ratecard.approval;

/**
 * Why a change of a timesheet or a period was refused: the text's key in every language the app
 * speaks, the API's English, and what kind of refusal it is (which tells the answer: 403, 409 or 400).
 */
public enum ApprovalRefusal {
    NOT_YOUR_TIMESHEET(Kind.RIGHTS, "ratecard.approval.refusal.notYourTimesheet", "Only its own user submits a timesheet"),
    OWN_TIME(Kind.RIGHTS, "ratecard.approval.refusal.ownTime", "Nobody approves, rejects or reopens their own time"),
    NOT_AN_APPROVER(Kind.RIGHTS, "ratecard.approval.refusal.notAnApprover",
            "This needs the lead or the Manage budgets permission of every project the time was logged in"),
    NOT_FINANCE_OR_APPROVER(Kind.RIGHTS, "ratecard.approval.refusal.notFinanceOrApprover",
            "This needs the Ratecard finance permission or the rights of the timesheet's approver"),
    NOT_FINANCE(Kind.RIGHTS, "ratecard.approval.refusal.notFinance", "This needs the Ratecard finance permission"),

    ALREADY_SUBMITTED(Kind.STATE, "ratecard.approval.refusal.alreadySubmitted", "The timesheet is already submitted"),
    ALREADY_APPROVED(Kind.STATE, "ratecard.approval.refusal.alreadyApproved", "The timesheet is approved; it must be reopened first"),
    NOT_SUBMITTED(Kind.STATE, "ratecard.approval.refusal.notSubmitted", "Only a submitted timesheet is approved or rejected"),
    NOT_APPROVED(Kind.STATE, "ratecard.approval.refusal.notApproved", "Only an approved timesheet is reopened"),
    NOT_OPEN(Kind.STATE, "ratecard.approval.refusal.notOpen", "Only an open timesheet is submitted automatically"),
    PERIOD_NOT_ENDED(Kind.STATE, "ratecard.approval.refusal.periodNotEnded", "The period has not ended yet"),
    AUTO_SUBMIT_OFF(Kind.STATE, "ratecard.approval.refusal.autoSubmitOff", "The timesheet's projects do not submit timesheets automatically"),
    NO_TIME(Kind.STATE, "ratecard.approval.refusal.noTime", "No time is logged in this timesheet"),
    CHANGED_MEANWHILE(Kind.STATE, "ratecard.approval.refusal.changedMeanwhile", "Someone else changed it meanwhile; load it again"),
    ALREADY_CLOSED(Kind.STATE, "ratecard.approval.refusal.alreadyClosed", "The month is already closed"),
    NOT_CLOSED(Kind.STATE, "ratecard.approval.refusal.notClosed", "The month is not closed"),
    PENDING_RESOLVED(Kind.STATE, "ratecard.approval.refusal.pendingResolved", "The pending change is no longer open"),

    REASON_REQUIRED(Kind.INPUT, "ratecard.approval.refusal.reasonRequired", "A reason is required"),
    REASON_TOO_LONG(Kind.INPUT, "ratecard.approval.refusal.reasonTooLong",
            "The reason may have at most " + Reasons.MAX_LENGTH + " characters"),
    REASON_NOT_PLAIN(Kind.INPUT, "ratecard.approval.refusal.reasonNotPlain", "The reason contains a character that is not allowed in a text");

    /** Who could fix it: someone with other rights (403), the state of what is stored (409), or the input (400). */
    public enum Kind { RIGHTS, STATE, INPUT }

    private final Kind kind;
    private final String key;
    private final String english;

    ApprovalRefusal(Kind kind, String key, String english) {
        this.kind = kind;
        this.key = key;
        this.english = english;
    }

    public Kind kind() {
        return kind;
    }

    public String key() {
        return key;
    }

    public String english() {
        return english;
    }
}
