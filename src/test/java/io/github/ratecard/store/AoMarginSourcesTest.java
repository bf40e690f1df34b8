package io.github.ratecard.store;

import static org.junit.Assert.assertEquals;

import io.github.ratecard.domain.DateRange;
import io.github.ratecard.insight.margin.IssuedDocument;
import io.github.ratecard.invoice.Invoice;
import io.github.ratecard.invoice.InvoiceHeader;
import io.github.ratecard.invoice.InvoiceLine;
import io.github.ratecard.invoice.LineGrouping;
import io.github.ratecard.invoice.LineKind;
import io.github.ratecard.ledger.LedgerEntry;
import io.github.ratecard.ledger.PricingStatus;
import io.github.ratecard.ledger.Rollup;
import io.github.ratecard.money.Money;
import io.github.ratecard.testing.ao.TestDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.After;
import org.junit.Test;

/** The profitability report's lines read from the rollups the ledger writes, added up in the database; on H2 or PostgreSQL. */
public class AoMarginSourcesTest {

    private static final Instant AT = Instant.parse("2026-10-05T09:00:00Z");
    private static final YearMonth OCT = YearMonth.of(2026, 10);
    private static final YearMonth NOV = YearMonth.of(2026, 11);

    private final TestDatabase database = TestDatabase.fresh().migrate(Entities.array());
    private final AoRollupStore rollups = new AoRollupStore(database.activeObjects());
    private final AoMarginSources target = new AoMarginSources(database.activeObjects());
    private final AoInvoiceStore invoices = new AoInvoiceStore(database.activeObjects());

    @After
    public void tearDown() {
        database.close();
    }

    @Test
    public void withoutPeople_aLineShouldAddUpItsProjectsAccountsAndCurrencysWorkOfTheMonth() {
        logged(entry(1, "ana", "ACME", LocalDate.of(2026, 10, 5), 3600, 5_000));
        logged(entry(1, "ben", "ACME", LocalDate.of(2026, 10, 20), 1800, 2_500));
        logged(entry(1, "ana", "GLX", LocalDate.of(2026, 10, 6), 600, 1_000));
        logged(entry(2, "ana", "ACME", LocalDate.of(2026, 11, 2), 900, 1_500));
        logged(entry(1, "ana", "ACME", LocalDate.of(2026, 12, 1), 900, 1_500));

        assertEquals(Set.of(line(1, null, "ACME", OCT, 5400, 7_500, 2), line(1, null, "GLX", OCT, 600, 1_000, 1),
                line(2, null, "ACME", NOV, 900, 1_500, 1)), lines(target.work(OCT, NOV, false, null)));
    }

    @Test
    public void byPerson_aLineShouldKeepThePerson() {
        logged(entry(1, "ana", "ACME", LocalDate.of(2026, 10, 5), 3600, 5_000));
        logged(entry(1, "ana", "ACME", LocalDate.of(2026, 10, 9), 1800, 2_500));
        logged(entry(1, "ben", "ACME", LocalDate.of(2026, 10, 20), 1800, 2_500));

        assertEquals(Set.of(line(1, "ana", "ACME", OCT, 5400, 7_500, 2), line(1, "ben", "ACME", OCT, 1800, 2_500, 1)),
                lines(target.work(OCT, OCT, true, null)));
    }

    @Test
    public void anAccount_shouldBeChosenInTheRead() {
        logged(entry(1, "ana", "ACME", LocalDate.of(2026, 10, 5), 3600, 5_000));
        logged(entry(1, "ana", "GLX", LocalDate.of(2026, 10, 6), 600, 1_000));

        assertEquals(Set.of(line(1, null, "GLX", OCT, 600, 1_000, 1)), lines(target.work(OCT, OCT, false, "GLX")));
        assertEquals(Set.of(line(1, "ana", "GLX", OCT, 600, 1_000, 1)), lines(target.work(OCT, OCT, true, "GLX")));
    }

    @Test
    public void workRemovedAgain_shouldLeaveNoLine() {
        LedgerEntry entry = entry(1, "ana", "ACME", LocalDate.of(2026, 10, 5), 3600, 5_000);
        logged(entry);
        rollups.addToRollups(Rollup.contributionsOf(entry, -1));

        assertEquals(List.of(), target.work(OCT, OCT, false, null));
        assertEquals(List.of(), target.work(OCT, OCT, true, null));
    }

    @Test
    public void anIssuedDocument_shouldSumItsWorkAndKeepEachLineItsContractMade() {
        issued("RET", "2026-11-01", "2026-11-30", List.of(
                line(LineKind.RETAINER, "RETAINER:2026-11", "6000.00"),
                line(LineKind.OVERAGE, "OVERAGE:2026-11@900000", "450.00"),
                line(LineKind.EXPENSE, "EXPENSE:7", "12.50"),
                line(LineKind.MANUAL, "MANUAL:1", "99.00")));
        issued("CAPD", "2026-11-01", "2026-11-30", List.of(
                line(LineKind.WORK, "ISSUE:CAPD-1@1000000", "1200.00"),
                line(LineKind.WRITE_OFF, "WRITE_OFF:2026-11", "-200.00"),
                line(LineKind.INSTALMENT, "INSTALMENT:2026-10:Delivery", "10000.00")));

        List<IssuedDocument> documents = target.issuedDocuments(NOV, NOV);

        IssuedDocument retainer = documents.stream().filter(d -> d.accountKey().equals("RET")).findFirst().orElseThrow();
        assertEquals(1250, retainer.workMinor());
        assertEquals(List.of(new IssuedDocument.ContractLine(LineKind.RETAINER, "RETAINER:2026-11", 600000),
                new IssuedDocument.ContractLine(LineKind.OVERAGE, "OVERAGE:2026-11@900000", 45000)), retainer.contractLines());
        IssuedDocument capped = documents.stream().filter(d -> d.accountKey().equals("CAPD")).findFirst().orElseThrow();
        assertEquals(120000, capped.workMinor());
        assertEquals(List.of(new IssuedDocument.ContractLine(LineKind.WRITE_OFF, "WRITE_OFF:2026-11", -20000),
                new IssuedDocument.ContractLine(LineKind.INSTALMENT, "INSTALMENT:2026-10:Delivery", 1000000)), capped.contractLines());
    }

    @Test
    public void aDraft_shouldNotBeReadAsIssued() {
        InvoiceHeader header = InvoiceHeader.invoice("RET", new DateRange(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30")),
                LineGrouping.ISSUE, Currency.getInstance("EUR"), List.of(), "", "fiona");
        invoices.insert(Invoice.draft(header, BigDecimal.ZERO).withLines(List.of(line(LineKind.RETAINER, "RETAINER:2026-11", "6000.00"))));

        assertEquals(List.of(), target.issuedDocuments(NOV, NOV));
    }

    private static InvoiceLine line(LineKind kind, String key, String amount) {
        return new InvoiceLine(0, kind, key, kind + " " + key, BigDecimal.ONE, new BigDecimal(amount), Money.parse(amount, "EUR"), 0, 0);
    }

    private static int numbers;

    private void issued(String account, String first, String last, List<InvoiceLine> lines) {
        InvoiceHeader header = InvoiceHeader.invoice(account, new DateRange(LocalDate.parse(first), LocalDate.parse(last)), LineGrouping.ISSUE,
                Currency.getInstance("EUR"), List.of(), "", "fiona");
        Invoice draft = Invoice.draft(header, BigDecimal.ZERO).withLines(lines);
        long id = invoices.insert(draft);
        Invoice stored = invoices.invoice(id).orElseThrow();
        invoices.update(stored.issued("M-" + (++numbers), LocalDate.parse(last), AT, "fiona", null, Currency.getInstance("EUR")));
    }

    private record Line(long projectId, String userKey, String accountKey, YearMonth month, long workedSeconds, long billMinor, long entries) {
    }

    private static Line line(long projectId, String userKey, String accountKey, YearMonth month, long workedSeconds, long billMinor,
                             long entries) {
        return new Line(projectId, userKey, accountKey, month, workedSeconds, billMinor, entries);
    }

    private static Set<Line> lines(List<Rollup> rollups) {
        Set<Line> lines = new HashSet<>();
        for (Rollup rollup : rollups) {
            lines.add(new Line(rollup.key().projectId(), rollup.key().userKey(), rollup.key().accountKey(), rollup.key().month(),
                    rollup.workedSeconds(), rollup.billMinor(), rollup.entries()));
        }
        return lines;
    }

    private void logged(LedgerEntry entry) {
        rollups.addToRollups(Rollup.contributionsOf(entry, 1));
    }

    private static long worklogs;

    private static LedgerEntry entry(long projectId, String author, String account, LocalDate day, long seconds, long billMinor) {
        Currency eur = Currency.getInstance("EUR");
        long id = ++worklogs;
        return new LedgerEntry(id, 100 + id, projectId, author, AT, day, seconds, seconds, true, account, Money.ofMinor(seconds, eur),
                Money.ofMinor(billMinor, eur), Money.ofMinor(billMinor, eur), 1L, 2L, PricingStatus.PRICED, AT, AT, false);
    }
}
