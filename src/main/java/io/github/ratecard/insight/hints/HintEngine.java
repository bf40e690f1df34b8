package io.github.ratecard.insight.hints;

import java.util.ArrayList;
import java.util.List;

/** Runs every rule over the same facts; a rule that fails is reported and the others still run. */
public final class HintEngine {

    /** What a run found, and which rules failed (id and message). */
    public record Evaluation(List<Finding> findings, List<RuleFailure> failures) {

        public Evaluation {
            findings = List.copyOf(findings);
            failures = List.copyOf(failures);
        }
    }

    public record RuleFailure(String ruleId, String message) {
    }

    private final List<HintRule> rules;

    public HintEngine(List<HintRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Every rule the app checks, in the order the page lists them. */
    public static List<HintRule> allRules() {
        return List.of(new BelowCostRule(), new UninvoicedRule(), new MissingRatesRule(), new NonBillableRisingRule(), new BudgetOverrunRule(),
                new StaleBillRatesRule(), new CapacityImbalanceRule(), new RoundingLeakageRule());
    }

    public static List<String> ruleIds() {
        return allRules().stream().map(HintRule::id).toList();
    }

    public Evaluation evaluate(HintFacts facts) {
        List<Finding> findings = new ArrayList<>();
        List<RuleFailure> failures = new ArrayList<>();
        for (HintRule rule : rules) {
            try {
                findings.addAll(rule.evaluate(facts));
            } catch (RuntimeException e) {
                failures.add(new RuleFailure(rule.id(), String.valueOf(e.getMessage())));
            }
        }
        return new Evaluation(findings, failures);
    }
}
