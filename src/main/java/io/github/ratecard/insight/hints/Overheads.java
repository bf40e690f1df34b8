package io.github.ratecard.insight.hints;

import io.github.ratecard.budget.OverheadRates;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;

/** The overhead rates and the keys of the projects in the facts: a project's overhead % for a month is the one in force on its first day. */
public record Overheads(OverheadRates rates, Map<Long, String> projectKeys) {

    public static final Overheads NONE = new Overheads(new OverheadRates(), Map.of());

    public Overheads {
        projectKeys = Map.copyOf(projectKeys);
    }

    public BigDecimal percentFor(long projectId, YearMonth month) {
        return rates.percentFor(projectKeys.get(projectId), month.atDay(1));
    }
}
