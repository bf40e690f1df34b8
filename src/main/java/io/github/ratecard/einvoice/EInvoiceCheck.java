package io.github.ratecard.einvoice;

import java.util.List;

/**
 * What the checks say of one document now: valid or not under each rule set it follows, or not known yet because the
 * rules are still loading on this node (or the check did not finish within the time a page waits), or not known
 * because the rules could not be loaded at all ({@code problem} says why).
 */
public record EInvoiceCheck(State state, List<RuleSetResult> results, String problem) {

    public enum State { VALID, INVALID, LOADING, CHECKING, UNAVAILABLE }

    public EInvoiceCheck {
        results = List.copyOf(results);
        problem = problem == null ? "" : problem;
    }

    public static EInvoiceCheck of(List<RuleSetResult> results) {
        return new EInvoiceCheck(results.stream().allMatch(RuleSetResult::valid) ? State.VALID : State.INVALID, results, "");
    }

    public static EInvoiceCheck pending(boolean rulesLoaded) {
        return new EInvoiceCheck(rulesLoaded ? State.CHECKING : State.LOADING, List.of(), "");
    }

    public static EInvoiceCheck unavailable(String problem) {
        return new EInvoiceCheck(State.UNAVAILABLE, List.of(), problem);
    }

    /** Whether the answer is final (valid or not), so a page need not ask again. */
    public boolean known() {
        return state == State.VALID || state == State.INVALID;
    }
}
