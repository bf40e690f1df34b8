package io.github.ratecard.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;

import com.atlassian.activeobjects.external.ModelVersion;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.invoice.Invoice;
import io.github.ratecard.invoice.InvoiceHeader;
import io.github.ratecard.invoice.InvoiceLine;
import io.github.ratecard.invoice.LineGrouping;
import io.github.ratecard.invoice.LineKind;
import io.github.ratecard.invoice.LineVat;
import io.github.ratecard.jira.Upgrade005RollupMonths;
import io.github.ratecard.jira.Upgrade007InvoiceLineVat;
import io.github.ratecard.money.Money;
import io.github.ratecard.testing.ao.TestDatabase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.After;
import org.junit.Test;
import org.mockito.MockedStatic;

/**
 * Model version 7 on a database the previous version created (the invoice lines without VAT columns, an invoice with lines
 * written then), on H2, or on PostgreSQL with {@code -Dratecard.db=postgres}: the columns are added, the old lines read as
 * before (every line at the invoice's one rate), and lines written afterwards keep a VAT of their own.
 */
public class Upgrade007InvoiceLineVatTest {

    private static final ModelVersion CURRENT = mock(ModelVersion.class);
    private static final Currency EUR = Currency.getInstance("EUR");

    private final TestDatabase database = TestDatabase.fresh().migrate(entitiesOfModel6());
    private final Upgrade007InvoiceLineVat target = new Upgrade007InvoiceLineVat();

    @After
    public void tearDown() {
        database.close();
    }

    @Test
    public void upgrade_shouldAddTheThreeVatColumns() throws SQLException {
        assertFalse(columns().contains("VAT_CATEGORY"));

        target.upgrade(CURRENT, database.activeObjects());

        assertTrue(columns().toString(), columns().containsAll(Set.of("VAT_CATEGORY", "VAT_BP", "VAT_REASON")));
    }

    @Test
    public void anInvoiceWrittenBefore_shouldReadAsBeforeWithEveryLineAtItsOneRate() {
        long id = invoiceOfModel6();

        target.upgrade(CURRENT, database.activeObjects());
        database.migrate(Entities.array());
        Invoice read = new AoInvoiceStore(database.activeObjects()).invoice(id).orElseThrow();

        assertEquals(2, read.lines().size());
        assertTrue(read.lines().stream().allMatch(line -> line.vat().isEmpty()));
        assertEquals("22.80", read.totals().tax().toDecimal().toPlainString());
        assertEquals(1, read.vatBreakdown().size());
    }

    @Test
    public void afterTheUpgrade_aLineShouldKeepItsOwnVat() {
        long id = invoiceOfModel6();
        target.upgrade(CURRENT, database.activeObjects());
        database.migrate(Entities.array());
        AoInvoiceStore store = new AoInvoiceStore(database.activeObjects());
        Invoice before = store.invoice(id).orElseThrow();
        LineVat exempt = new LineVat("E", BigDecimal.ZERO, "Exempt under Article 132(1)(i)");

        store.update(before.withLines(List.of(before.lines().get(0), before.lines().get(1).withVat(Optional.of(exempt)))));
        Invoice read = store.invoice(id).orElseThrow();

        assertEquals(Optional.of(exempt), read.lines().get(1).vat());
        assertEquals(Optional.empty(), read.lines().get(0).vat());
        assertEquals("17.10", read.totals().tax().toDecimal().toPlainString());
    }

    @Test
    public void upgradeRunTwice_shouldChangeNothing() throws SQLException {
        long id = invoiceOfModel6();
        target.upgrade(CURRENT, database.activeObjects());
        Set<String> once = columns();

        target.upgrade(CURRENT, database.activeObjects());

        assertEquals(once, columns());
        database.migrate(Entities.array());
        assertEquals(2, new AoInvoiceStore(database.activeObjects()).invoice(id).orElseThrow().lines().size());
    }

    @Test
    public void getModelVersion_shouldBeSeven_afterVersionFive() {
        ModelVersion seven = mock(ModelVersion.class);
        try (MockedStatic<ModelVersion> versions = mockStatic(ModelVersion.class)) {
            versions.when(() -> ModelVersion.valueOf("7")).thenReturn(seven);

            assertSame(seven, target.getModelVersion());
        }
        assertTrue(Integer.parseInt(Upgrade007InvoiceLineVat.MODEL_VERSION) > Integer.parseInt(Upgrade005RollupMonths.MODEL_VERSION));
    }

    /** A draft at 19 % with a 90.00 and a 30.00 line, the lines written as model version 6 wrote them. */
    private long invoiceOfModel6() {
        InvoiceHeader header = InvoiceHeader.invoice("ACME", new DateRange(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-31")),
                LineGrouping.ISSUE, EUR, List.of(), "", "fiona");
        long id = new AoInvoiceStore(database.activeObjects()).insert(Invoice.draft(header, new BigDecimal("19")));
        int position = 0;
        for (InvoiceLine line : List.of(
                new InvoiceLine(0, LineKind.WORK, "ISSUE:ACME-1@600000", "ACME-1 Password resets", new BigDecimal("1.50"), new BigDecimal("60.0000"),
                        Money.parse("90.00", "EUR"), 5400, 3),
                new InvoiceLine(0, LineKind.EXPENSE, "EXPENSE:7", "Travel 2026-10-09", BigDecimal.ONE, new BigDecimal("30.00"),
                        Money.parse("30.00", "EUR"), 0, 0))) {
            database.activeObjects().create(InvoiceLineEntityModel6.class, Map.of(InvoiceLineEntity.INVOICE_ID, id, InvoiceLineEntity.POSITION, position++,
                    InvoiceLineEntity.KIND, line.kind().name(), InvoiceLineEntity.LINE_KEY, line.groupKey(), InvoiceLineEntity.TEXT, line.text(),
                    InvoiceLineEntity.QUANTITY, line.quantity().toPlainString(), InvoiceLineEntity.UNIT_PRICE, line.unitPrice().toPlainString(),
                    InvoiceLineEntity.AMOUNT_MINOR, line.amount().minorUnits(), InvoiceLineEntity.SECONDS, line.seconds(),
                    InvoiceLineEntity.ENTRIES, line.entries()));
        }
        return id;
    }

    /** The entities as model version 6 declared them: the invoice lines' table without VAT columns, every other entity unchanged. */
    @SuppressWarnings("unchecked")
    static Class<? extends net.java.ao.RawEntity<?>>[] entitiesOfModel6() {
        return Entities.ALL.stream().map(type -> type == InvoiceLineEntity.class ? InvoiceLineEntityModel6.class : type).toArray(Class[]::new);
    }

    private Set<String> columns() throws SQLException {
        Set<String> columns = new TreeSet<>();
        try (Connection connection = database.connection();
             ResultSet rows = connection.getMetaData().getColumns(null, database.schema(), database.tableName(InvoiceLineEntity.class), null)) {
            while (rows.next()) {
                columns.add(rows.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
            }
        }
        return columns;
    }
}
