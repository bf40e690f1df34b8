package io.github.ratecard.insight.hints;

import io.github.ratecard.money.Money;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What one rule found about one subject: the subject (an account, a budget, a person on an account —
 * stable across runs, never holding a figure), the figures its sentence names, the money at stake
 * (exact, or null when the rule cannot price it), its size ({@code magnitude}, the measure a
 * dismissal is compared with: minor units at stake, or seconds, or entries), the projects whose
 * work it is about (who may see it), and the pages that show the evidence.
 */
public record Finding(String ruleId, String subject, String accountKey, Set<Long> projectIds, List<Figure> figures, Money atStake,
                      long magnitude, List<Evidence> evidence) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(subject, "subject");
        projectIds = Set.copyOf(projectIds);
        figures = List.copyOf(figures);
        evidence = List.copyOf(evidence);
    }

    /**
     * Whether only finance may see it: a below-cost finding names a person's loaded cost per hour, which
     * its money at stake, bill per hour and hours would give away even if the figure were left out.
     */
    public boolean financeOnly() {
        return BelowCostRule.ID.equals(ruleId);
    }

    /** The hint's identity across runs: the same rule about the same subject is the same hint. */
    public String fingerprint() {
        return ruleId + "|" + subject;
    }
}
