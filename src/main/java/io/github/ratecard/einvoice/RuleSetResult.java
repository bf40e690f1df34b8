package io.github.ratecard.einvoice;

import java.util.List;

/** What one rule set says of a document: valid when no rule fails as an error; warnings are listed either way. */
public record RuleSetResult(RuleSet ruleSet, List<FailedRule> failures) {

    public RuleSetResult {
        failures = List.copyOf(failures);
    }

    public boolean valid() {
        return failures.stream().allMatch(FailedRule::warning);
    }

    public List<FailedRule> errors() {
        return failures.stream().filter(rule -> !rule.warning()).toList();
    }
}
