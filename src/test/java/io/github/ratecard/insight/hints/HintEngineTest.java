package io.github.ratecard.insight.hints;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

public class HintEngineTest {

    @Test
    public void failingRule_shouldBeReportedWhileTheOthersStillRun() {
        HintRule broken = new HintRule() {
            @Override
            public String id() {
                return "broken";
            }

            @Override
            public List<Finding> evaluate(HintFacts facts) {
                throw new IllegalStateException("no figures");
            }
        };
        HintEngine target = new HintEngine(List.of(broken, new BudgetOverrunRule()));

        HintEngine.Evaluation evaluation = target.evaluate(Facts.facts().budget(1, "100.00", "150.00").build());

        assertEquals(List.of(new HintEngine.RuleFailure("broken", "no figures")), evaluation.failures());
        assertEquals(1, evaluation.findings().size());
    }

    @Test
    public void everyRule_shouldHaveItsOwnId() {
        assertEquals(8, HintEngine.ruleIds().stream().distinct().count());
    }
}
