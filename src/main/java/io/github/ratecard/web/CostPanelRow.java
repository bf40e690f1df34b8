package io.github.ratecard.web;

import io.github.ratecard.approval.ApprovalMarks;

/** One worklog in the Cost & billing panel, formatted for the viewer. */
public final class CostPanelRow {

    private final String author;
    private final String date;
    private final String worked;
    private final String billed;
    private final String amount;
    private final String overrideReason;
    private final String statusKey;
    private final boolean invoiced;
    private final String invoiceNumber;
    private final boolean changedSince;
    private final ApprovalMarks.Mark approval;

    /** {@code statusKey}: the i18n key of a pricing problem to show (a missing rate, no account), or null. */
    public CostPanelRow(String author, String date, String worked, String billed, String amount, String overrideReason,
                        String statusKey, boolean invoiced) {
        this(author, date, worked, billed, amount, overrideReason, statusKey, invoiced, null, false);
    }

    /** {@code invoiceNumber}: the invoice that billed the worklog (null: none known); {@code changedSince}: Jira changed it after. */
    public CostPanelRow(String author, String date, String worked, String billed, String amount, String overrideReason,
                        String statusKey, boolean invoiced, String invoiceNumber, boolean changedSince) {
        this(author, date, worked, billed, amount, overrideReason, statusKey, invoiced, invoiceNumber, changedSince, ApprovalMarks.Mark.NONE);
    }

    /** {@code approval}: the state of the worklog's timesheet, its closed month and a change held since approval. */
    public CostPanelRow(String author, String date, String worked, String billed, String amount, String overrideReason,
                        String statusKey, boolean invoiced, String invoiceNumber, boolean changedSince, ApprovalMarks.Mark approval) {
        this.approval = approval;
        this.invoiceNumber = invoiceNumber;
        this.changedSince = changedSince;
        this.author = author;
        this.date = date;
        this.worked = worked;
        this.billed = billed;
        this.amount = amount;
        this.overrideReason = overrideReason;
        this.statusKey = statusKey;
        this.invoiced = invoiced;
    }

    public String getAuthor() {
        return author;
    }

    public String getDate() {
        return date;
    }

    public String getWorked() {
        return worked;
    }

    public String getBilled() {
        return billed;
    }

    /** The bill amount, or empty when there is none. */
    public String getAmount() {
        return amount;
    }

    public boolean isOverridden() {
        return overrideReason != null;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public boolean isHasStatus() {
        return statusKey != null;
    }

    public String getStatusKey() {
        return statusKey;
    }

    public boolean isInvoiced() {
        return invoiced;
    }

    public boolean isHasInvoiceNumber() {
        return invoiceNumber != null;
    }

    public String getInvoiceNumber() {
        return invoiceNumber;
    }

    public boolean isChangedSince() {
        return changedSince;
    }

    public boolean isHasApprovalState() {
        return approval.state().isPresent();
    }

    /** The i18n key of the timesheet's state badge (submitted, approved, rejected, reopened). */
    public String getApprovalStateKey() {
        return approval.state().map(state -> "ratecard.badge." + state.name()).orElse(null);
    }

    /** The timesheet's state in lower case, for the badge's style. */
    public String getApprovalState() {
        return approval.state().map(state -> state.name().toLowerCase(java.util.Locale.ROOT)).orElse("");
    }

    /** The AUI lozenge style of the timesheet's state: in progress, success, removed (rejected) or moved (reopened). */
    public String getApprovalLozenge() {
        return approval.state().map(state -> switch (state) {
            case SUBMITTED -> "current";
            case APPROVED -> "success";
            case REJECTED -> "removed";
            case REOPENED, OPEN -> "moved";
        }).orElse("");
    }

    public boolean isClosedPeriod() {
        return approval.closedPeriod();
    }

    public boolean isChangedAfterApproval() {
        return approval.changedAfterApproval();
    }
}
