package io.github.ratecard.insight.margin;

import io.github.ratecard.contract.Contract;
import io.github.ratecard.contract.FixedFee;
import io.github.ratecard.contract.InstalmentDue;
import io.github.ratecard.contract.TermsSpan;
import io.github.ratecard.invoice.LineKind;
import io.github.ratecard.money.Money;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The months a contract's line of an issued document is revenue of. A retainer's fee and its overage belong to the
 * retainer's period, which is the document's period: spread evenly over its months (one month: all of it there), the
 * parts adding up exactly (largest remainder, earlier months first on a tie). An instalment due on a date belongs to
 * that date's month when the document's period covers it; one billed later than its date, one due on a milestone, and
 * one no longer in the contract belong to the month the document's period ends (so a month's figures never change
 * because of an invoice of a later period).
 */
final class ContractMonths {

    private static final String INSTALMENT_PREFIX = "INSTALMENT:";

    private ContractMonths() {
    }

    /** The months of the document's period, earliest first. */
    static List<YearMonth> of(IssuedDocument document) {
        List<YearMonth> months = new ArrayList<>();
        YearMonth last = YearMonth.from(document.lastDay());
        for (YearMonth month = YearMonth.from(document.firstDay()); !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /** The line's amount by month; {@code contract} is the account's (null for none). */
    static Map<YearMonth, Long> parts(IssuedDocument document, IssuedDocument.ContractLine line, Contract contract) {
        List<YearMonth> months = of(document);
        Map<YearMonth, Long> parts = new LinkedHashMap<>();
        if (line.kind() == LineKind.INSTALMENT) {
            parts.put(instalmentMonth(line.groupKey(), contract).filter(months::contains).orElse(months.get(months.size() - 1)), line.amountMinor());
            return parts;
        }
        long[] even = new long[months.size()];
        Arrays.fill(even, 1);
        List<Money> split = Money.ofMinor(line.amountMinor(), document.currency()).allocate(even);
        for (int i = 0; i < months.size(); i++) {
            parts.merge(months.get(i), split.get(i).minorUnits(), Long::sum);
        }
        return parts;
    }

    /** The month of the instalment's date, when its line's key names an instalment of the contract that is due on a date. */
    static Optional<YearMonth> instalmentMonth(String groupKey, Contract contract) {
        if (contract == null || !groupKey.startsWith(INSTALMENT_PREFIX)) {
            return Optional.empty();
        }
        String rest = groupKey.substring(INSTALMENT_PREFIX.length());
        int colon = rest.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String termsFrom = rest.substring(0, colon);
        String label = rest.substring(colon + 1);
        for (TermsSpan span : contract.spans()) {
            if (span.first().toString().equals(termsFrom) && span.terms() instanceof FixedFee fee) {
                return fee.instalment(label).map(instalment -> instalment.due() instanceof InstalmentDue.OnDate onDate
                        ? YearMonth.from(onDate.date()) : null);
            }
        }
        return Optional.empty();
    }
}
