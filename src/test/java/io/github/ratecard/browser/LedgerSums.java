package io.github.ratecard.browser;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * What a project spent, summed here from the issues' ledger entries and the expenses the REST API
 * lists, not from the rollups a Budget page reads: the check that the page tells the ledger's story.
 */
final class LedgerSums {

    private static final int PAGE = 200;

    private final SandboxRest rest;

    LedgerSums(SandboxRest rest) {
        this.rest = rest;
    }

    /**
     * The labour cost of the project's work on the days {@code from}–{@code to}, plus the overhead
     * rate on it; the overhead is rounded to the cent per day, account and bill currency, the
     * grain at which the ledger keeps its sums.
     */
    BigDecimal costWithOverhead(String project, String from, String to, BigDecimal overheadRate) throws Exception {
        LocalDate first = LocalDate.parse(from);
        LocalDate last = LocalDate.parse(to);
        Map<String, BigDecimal> costByGrain = new HashMap<>();
        for (int number = 1; rest.status("/rest/ratecard/1.0/issues/" + project + "-" + number + "/billing") == 200; number++) {
            for (int offset = 0; ; offset += PAGE) {
                JsonNode page = rest.get("/rest/ratecard/1.0/issues/" + project + "-" + number + "/ledger?limit=" + PAGE + "&offset=" + offset);
                for (JsonNode entry : page.get("entries")) {
                    LocalDate day = LocalDate.parse(entry.get("workDate").asText());
                    if (!entry.get("cost").isNull() && !day.isBefore(first) && !day.isAfter(last)) {
                        String grain = day + "|" + entry.get("accountKey").asText() + "|" + entry.get("bill").path("currency").asText("-");
                        costByGrain.merge(grain, new BigDecimal(entry.get("cost").get("amount").asText()), BigDecimal::add);
                    }
                }
                if (offset + PAGE >= page.get("total").asLong()) {
                    break;
                }
            }
        }
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal cost : costByGrain.values()) {
            total = total.add(cost).add(cost.multiply(overheadRate).setScale(2, RoundingMode.HALF_UP));
        }
        return total;
    }

    BigDecimal expenses(String project, String from, String to) throws Exception {
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode expense : rest.get("/rest/ratecard/1.0/expenses?scopeKind=PROJECT&scopeKey=" + project + "&from=" + from + "&to=" + to)) {
            total = total.add(new BigDecimal(expense.get("amount").get("amount").asText()));
        }
        return total;
    }
}
