package io.github.ratecard.insight.margin;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.budget.OverheadRates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import org.junit.Test;

/**
 * The report by person and by staff level is the same whether its lines come in the order of project, person, account, currency
 * and month (the lines' order until model version 8) or of month, project, person, account and currency (the order of the
 * rollups' index since then): within an account's month, whose documents are spread over its lines by largest remainder, both
 * orders are by project and person. A generated year of lines with ties, several currencies, lines without an account or a
 * currency, documents over several months (one without an exchange rate), credit notes and overhead rates per project.
 */
public class MarginLineOrderTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final YearMonth FROM = YearMonth.of(2026, 1);
    private static final YearMonth TO = YearMonth.of(2026, 12);
    private static final Comparator<String> TEXT = Comparator.nullsFirst(Comparator.naturalOrder());
    private static final Comparator<MarginLine> UNTIL_MODEL_8 = Comparator.comparing(MarginLine::projectKey, TEXT)
            .thenComparing(MarginLine::userKey, TEXT).thenComparing(MarginLine::accountKey, TEXT).thenComparing(MarginLine::currency, TEXT)
            .thenComparing(MarginLine::month);
    private static final Comparator<MarginLine> SINCE_MODEL_8 = Comparator.comparing(MarginLine::month)
            .thenComparing(MarginLine::projectKey, TEXT).thenComparing(MarginLine::userKey, TEXT)
            .thenComparing(MarginLine::accountKey, TEXT).thenComparing(MarginLine::currency, TEXT);

    private final Random random = new Random(8);
    private final List<MarginLine> lines = lines();
    private final List<IssuedDocument> documents = documents();

    @Test
    public void reportByPerson_shouldNotDependOnWhichOfTheTwoOrdersTheLinesCameIn() {
        MarginReport before = report(UNTIL_MODEL_8, MarginGrouping.PERSON);

        assertEquals(before, report(SINCE_MODEL_8, MarginGrouping.PERSON));
        assertTrue(before.rows().stream().anyMatch(row -> row.invoicedMinor() != 0 && row.creditedMinor() != 0));
    }

    @Test
    public void reportByLevel_shouldNotDependOnWhichOfTheTwoOrdersTheLinesCameIn() {
        assertEquals(report(UNTIL_MODEL_8, MarginGrouping.LEVEL), report(SINCE_MODEL_8, MarginGrouping.LEVEL));
    }

    private MarginReport report(Comparator<MarginLine> order, MarginGrouping by) {
        List<MarginLine> ordered = new ArrayList<>(lines);
        ordered.sort(order);
        OverheadRates overhead = new OverheadRates().global(LocalDate.of(2026, 1, 1), new BigDecimal("12.5"))
                .project("P2", LocalDate.of(2026, 6, 1), new BigDecimal("17.25"));
        MarginInputs inputs = new MarginInputs(EUR, ordered, InvoicedCells.of(documents, EUR, ordered), List.of(), overhead);
        return MarginCalculator.report(inputs, by, FROM, TO, (grouping, key) -> key);
    }

    private List<MarginLine> lines() {
        List<MarginLine> generated = new ArrayList<>();
        for (YearMonth month = FROM; !month.isAfter(TO); month = month.plusMonths(1)) {
            for (int project = 1; project <= 3; project++) {
                for (int person = 0; person < 9; person++) {
                    if (random.nextInt(5) == 0) {
                        continue;
                    }
                    String account = random.nextInt(8) == 0 ? null : "A" + (1 + random.nextInt(2));
                    String currency = account == null ? null : random.nextInt(3) == 0 ? "USD" : "EUR";
                    long cost = random.nextInt(4) == 0 ? 30_000 : 10_000 + random.nextInt(90_000);
                    long bill = currency == null ? 0 : random.nextInt(4) == 0 ? 50_000 : random.nextInt(150_000);
                    generated.add(new MarginLine("P" + project, "u" + person, account, null, person % 3 == 0 ? "Senior" : "Agent", currency,
                            month, new MarginWork(3600, 3600, 3600, cost, bill, bill, 1, 0, 0)));
                }
            }
        }
        return generated;
    }

    private List<IssuedDocument> documents() {
        List<IssuedDocument> generated = new ArrayList<>();
        for (YearMonth month = FROM; !month.isAfter(TO); month = month.plusMonths(2)) {
            for (String account : List.of("A1", "A2")) {
                generated.add(new IssuedDocument(false, account, "EUR", month.plusMonths(1).atEndOfMonth(), null, 100_001 + random.nextInt(900_000),
                        month.atDay(1)));
                generated.add(new IssuedDocument(false, account, "USD", month.atEndOfMonth(), account.equals("A1") ? new BigDecimal("0.9137") : null,
                        50_003 + random.nextInt(300_000), month.atDay(1)));
                generated.add(new IssuedDocument(true, account, "EUR", month.atEndOfMonth(), null, 1_001 + random.nextInt(30_000), month.atDay(1)));
            }
        }
        return generated;
    }
}
