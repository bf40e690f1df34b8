package io.github.ratecard.invoice;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.github.ratecard.budget.Expense;
import io.github.ratecard.budget.ExpenseCategory;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.money.Money;
import io.github.ratecard.testing.kits.BudgetKit;
import io.github.ratecard.testing.kits.InvoiceKit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.After;
import org.junit.Test;

/**
 * A VAT of a line's own through the invoice's life, on a real database: chosen for an expense or a line of finance's own on
 * the draft, kept when the draft is composed again, frozen when it is issued and taken back by a credit note; work stays at
 * the invoice's rate (the kit's account: 19 %).
 */
public class LineVatDraftsTest {

    private static final LocalDate ISSUE_DAY = LocalDate.parse("2026-11-05");
    private static final LineVat REDUCED = new LineVat("S", new BigDecimal("7"), "");

    private final InvoiceKit kit = new InvoiceKit();

    @After
    public void tearDown() {
        kit.close();
    }

    @Test
    public void expenseAtAReducedRate_shouldKeepItsVatWhenTheDraftIsRefreshed() {
        Invoice draft = draftWithWorkAndExpense();

        kit.drafts.changeLineVat(draft.id(), "EXPENSE:" + expenseId(draft), Optional.of(REDUCED));
        kit.log(2, 2, "2026-10-06T09:00:00Z", 3600);
        Invoice refreshed = kit.drafts.refresh(draft.id());

        assertEquals(Optional.of(REDUCED), expense(refreshed).vat());
        assertEquals(List.of("S 19.00 120.00 22.80", "S 7.00 100.00 7.00"), describe(refreshed));
        assertEquals(Money.parse("29.80", "EUR"), refreshed.totals().tax());
    }

    @Test
    public void expenseSetBackToTheInvoiceRate_shouldJoinTheWork() {
        Invoice draft = draftWithWorkAndExpense();
        String key = "EXPENSE:" + expenseId(draft);
        kit.drafts.changeLineVat(draft.id(), key, Optional.of(REDUCED));

        Invoice back = kit.drafts.changeLineVat(draft.id(), key, Optional.empty());

        assertEquals(List.of("S 19.00 160.00 30.40"), describe(back));
    }

    @Test
    public void workLine_shouldRefuseAVatOfItsOwnAndChangeNothing() {
        Invoice draft = draftWithWorkAndExpense();
        String work = draft.lines().get(0).groupKey();

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> kit.drafts.changeLineVat(draft.id(), work, Optional.of(REDUCED)));

        assertEquals("lineKey", refused.field());
        assertEquals(List.of("S 19.00 160.00 30.40"), describe(kit.invoices.require(draft.id())));
    }

    @Test
    public void exemptLineOfOnesOwn_shouldBeIssuedFrozenAndCreditedWithItsVat() {
        kit.log(1, 1, "2026-10-05T09:00:00Z", 3600);
        Invoice draft = kit.draft("2026-10-01", "2026-10-31");
        LineVat exempt = new LineVat("E", BigDecimal.ZERO, "Exempt under Article 132(1)(i)");
        Invoice withFees = kit.drafts.addManualLine(draft.id(), "Exam fees", Money.parse("25.00", "EUR"), Optional.of(exempt));

        Invoice issued = kit.issuing.issue(withFees.id(), ISSUE_DAY, null, "fiona");
        String fees = issued.lines().get(1).groupKey();
        Invoice note = kit.issuing.credit(issued.id(), List.of(fees), "Exam cancelled", ISSUE_DAY, "fiona");

        assertEquals(List.of("S 19.00 60.00 11.40", "E 0.00 25.00 0.00"), describe(kit.invoices.require(issued.id())));
        assertEquals(Optional.of(exempt), note.lines().get(0).vat());
        assertEquals(List.of("E 0.00 -25.00 0.00"), describe(note));
    }

    /** One hour of work (60.00) and a 100.00 billable expense, no mark-up. */
    private Invoice draftWithWorkAndExpense() {
        kit.log(1, 1, "2026-10-05T09:00:00Z", 3600);
        kit.budget.expenses.record(new Expense(0, LocalDate.parse("2026-10-09"), BudgetKit.ACME, ExpenseCategory.MATERIALS,
                Money.parse("100.00", "EUR"), true, null, "Printed handbooks"));
        return kit.draft("2026-10-01", "2026-10-31");
    }

    private static InvoiceLine expense(Invoice invoice) {
        return invoice.lines().stream().filter(line -> line.kind() == LineKind.EXPENSE).findFirst().orElseThrow();
    }

    private static String expenseId(Invoice invoice) {
        return expense(invoice).groupKey().substring("EXPENSE:".length());
    }

    private static List<String> describe(Invoice invoice) {
        return invoice.vatBreakdown().stream().map(group -> group.category() + " " + group.percent().toPlainString() + " "
                + group.taxable().toDecimal().toPlainString() + " " + group.tax().toDecimal().toPlainString()).toList();
    }
}
