package io.github.ratecard.approval;

import java.util.Optional;

/**
 * Which action moves a timesheet from which state, and who may ask for it; checked in this order:
 * who asks, then the state, then the reason.
 * <pre>
 * OPEN       --SUBMIT (its user), AUTO_SUBMIT (period ended, projects ask for it)--> SUBMITTED
 * REJECTED, REOPENED --SUBMIT (its user)-->                                          SUBMITTED
 * SUBMITTED  --APPROVE (an approver)-->                  APPROVED
 * SUBMITTED  --REJECT (an approver, with a reason)-->    REJECTED
 * APPROVED   --REOPEN (finance or an approver, with a reason)--> REOPENED
 * </pre>
 * An approver of a timesheet is someone other than its user who leads, or holds Manage budgets
 * in, every project its time was logged in. A timesheet without time is neither submitted nor
 * approved: there is nothing to approve.
 */
public final class TimesheetRules {

    private TimesheetRules() {
    }

    public static Transition decide(Timesheet sheet, TimesheetRequest request) {
        Optional<ApprovalRefusal> refusal = rights(sheet, request).or(() -> state(sheet, request)).or(() -> reason(request));
        if (refusal.isPresent()) {
            return new Transition.Refused(refusal.get());
        }
        return new Transition.Moved(request.action(), sheet.state(), target(request.action()), Reasons.normalised(request.reason()));
    }

    /** Whether {@code actor} may approve or reject the timesheet whose time was logged in {@code projects}. */
    public static boolean approves(Actor actor, Timesheet sheet, java.util.Set<Long> projects) {
        return !actor.userKey().equals(sheet.userKey()) && !projects.isEmpty() && projects.stream().allMatch(actor::approvesIn);
    }

    private static Optional<ApprovalRefusal> rights(Timesheet sheet, TimesheetRequest request) {
        if (request.action() == TimesheetAction.AUTO_SUBMIT) {
            return Optional.empty();
        }
        Actor actor = request.actor().orElseThrow(() -> new IllegalArgumentException(request.action() + " needs someone who asks for it"));
        boolean own = actor.userKey().equals(sheet.userKey());
        switch (request.action()) {
            case SUBMIT:
                return own ? Optional.empty() : Optional.of(ApprovalRefusal.NOT_YOUR_TIMESHEET);
            case APPROVE:
            case REJECT:
                if (own) {
                    return Optional.of(ApprovalRefusal.OWN_TIME);
                }
                // a timesheet whose time has gone has no approver: finance is told why it cannot be approved
                return approves(actor, sheet, request.projects()) || request.projects().isEmpty() && actor.finance()
                        ? Optional.empty() : Optional.of(ApprovalRefusal.NOT_AN_APPROVER);
            case REOPEN:
                if (own) {
                    return Optional.of(ApprovalRefusal.OWN_TIME);
                }
                if (actor.finance()) {
                    return Optional.empty();
                }
                return approves(actor, sheet, request.projects()) ? Optional.empty() : Optional.of(ApprovalRefusal.NOT_FINANCE_OR_APPROVER);
            default:
                throw new IllegalArgumentException("Unknown action " + request.action());
        }
    }

    private static Optional<ApprovalRefusal> state(Timesheet sheet, TimesheetRequest request) {
        TimesheetState state = sheet.state();
        switch (request.action()) {
            case SUBMIT:
                if (state == TimesheetState.SUBMITTED) {
                    return Optional.of(ApprovalRefusal.ALREADY_SUBMITTED);
                }
                if (state == TimesheetState.APPROVED) {
                    return Optional.of(ApprovalRefusal.ALREADY_APPROVED);
                }
                return withTime(request);
            case AUTO_SUBMIT:
                if (state != TimesheetState.OPEN) {
                    return Optional.of(ApprovalRefusal.NOT_OPEN);
                }
                if (!sheet.period().endedBy(request.today())) {
                    return Optional.of(ApprovalRefusal.PERIOD_NOT_ENDED);
                }
                return withTime(request).or(() -> request.autoSubmit() ? Optional.empty() : Optional.of(ApprovalRefusal.AUTO_SUBMIT_OFF));
            case APPROVE:
            case REJECT:
                if (state == TimesheetState.APPROVED) {
                    return Optional.of(ApprovalRefusal.ALREADY_APPROVED);
                }
                return state == TimesheetState.SUBMITTED ? withTime(request) : Optional.of(ApprovalRefusal.NOT_SUBMITTED);
            case REOPEN:
                return state == TimesheetState.APPROVED ? Optional.empty() : Optional.of(ApprovalRefusal.NOT_APPROVED);
            default:
                throw new IllegalArgumentException("Unknown action " + request.action());
        }
    }

    private static Optional<ApprovalRefusal> withTime(TimesheetRequest request) {
        return request.projects().isEmpty() ? Optional.of(ApprovalRefusal.NO_TIME) : Optional.empty();
    }

    private static Optional<ApprovalRefusal> reason(TimesheetRequest request) {
        boolean required = request.action() == TimesheetAction.REJECT || request.action() == TimesheetAction.REOPEN;
        return Reasons.refusal(request.reason(), required);
    }

    private static TimesheetState target(TimesheetAction action) {
        switch (action) {
            case SUBMIT:
            case AUTO_SUBMIT:
                return TimesheetState.SUBMITTED;
            case APPROVE:
                return TimesheetState.APPROVED;
            case REJECT:
                return TimesheetState.REJECTED;
            case REOPEN:
                return TimesheetState.REOPENED;
            default:
                throw new IllegalArgumentException("Unknown action " + action);
        }
    }
}
