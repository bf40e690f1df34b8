package io.github.ratecard.insight.hints;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Entries with missing rates: a project's work for an account (or for no account) that has entries
 * without a price in the months the facts cover. Nothing is at stake that can be priced — that is the
 * point — so the size is the number of unpriced entries.
 */
public final class MissingRatesRule implements HintRule {

    public static final String ID = "missing-rates";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> evaluate(HintFacts facts) {
        Map<String, long[]> unpriced = new LinkedHashMap<>();
        Map<String, HintFacts.ProjectMonth> latest = new LinkedHashMap<>();
        for (HintFacts.ProjectMonth row : facts.projectMonths()) {
            if (row.unpriced() <= 0) {
                continue;
            }
            String subject = "project:" + row.projectId() + "|account:" + (row.accountKey() == null ? "-" : row.accountKey());
            unpriced.computeIfAbsent(subject, k -> new long[1])[0] += row.unpriced();
            latest.merge(subject, row, (a, b) -> a.month().isAfter(b.month()) ? a : b);
        }
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, long[]> entry : unpriced.entrySet()) {
            HintFacts.ProjectMonth row = latest.get(entry.getKey());
            YearMonth month = row.month();
            long count = entry.getValue()[0];
            findings.add(new Finding(ID, entry.getKey(), row.accountKey(), Set.of(row.projectId()),
                    List.of(Figure.count(count), Figure.project(row.projectId()), Figure.text(row.accountKey() == null ? "–" : row.accountKey()),
                            Figure.month(month)),
                    null, count, List.of(Evidence.entries(row.projectId(), row.accountKey(), null, month))));
        }
        return findings;
    }
}
