package io.github.ratecard.insight.hints;

import java.util.List;

/**
 * One check of the hint engine. Its sentence and suggested action are the i18n texts
 * {@code ratecard.hints.rule.<id>.finding} and {@code .action}, with the finding's figures as arguments.
 */
public interface HintRule {

    String id();

    List<Finding> evaluate(HintFacts facts);
}
