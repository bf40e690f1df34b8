package io.github.ratecard.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.budget.Budget;
import io.github.ratecard.budget.BudgetScope;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.budget.PeriodKind;
import io.github.ratecard.domain.ConflictException;
import io.github.ratecard.domain.NotFoundException;
import io.github.ratecard.money.Money;
import io.github.ratecard.store.AoBudgetStore;
import io.github.ratecard.testing.kits.RateCardKit;
import java.time.LocalDate;
import java.util.List;
import org.junit.After;
import org.junit.Test;

/** Budgets kept on a real database: stored as agreed, audited, and refused when they would count spending twice. */
public class BudgetServiceTest {

    private static final BudgetScope ACME = new BudgetScope(BudgetScope.Kind.PROJECT, "ACME");

    private final RateCardKit kit = new RateCardKit();
    private final BudgetService target = new BudgetService(new AoBudgetStore(kit.database.activeObjects()), kit.audit, kit.transactions, kit.users);

    @After
    public void tearDown() {
        kit.close();
    }

    @Test
    public void createdBudget_shouldReadBackAsAgreed() {
        Budget created = target.create(yearly("120000.00", "2026-01-01", "2026-12-31", List.of(50, 90)));

        Budget read = target.budget(created.id());
        assertEquals(created, read);
        assertEquals(Money.parse("120000.00", "EUR"), read.amount());
        assertEquals(List.of(50, 90), read.thresholds());
    }

    @Test
    public void overlappingBudgetOfTheSameKind_shouldBeAConflictThatChangesNothing() {
        Budget first = target.create(yearly("1000.00", "2026-01-01", "2026-12-31", null));
        int audited = kit.auditRows();

        ConflictException refused = assertThrows(ConflictException.class,
                () -> target.create(yearly("2000.00", "2026-06-01", "2027-05-31", null)));

        assertTrue(refused.getMessage().contains("budget " + first.id()));
        assertEquals(audited, kit.auditRows());
    }

    @Test
    public void changedBudget_shouldNotClashWithItself() {
        Budget created = target.create(yearly("1000.00", "2026-01-01", "2026-12-31", null));

        Budget changed = target.update(new Budget(created.id(), ACME, Budget.Measure.COST, Money.parse("1500.00", "EUR"), 200L,
                PeriodKind.YEAR, created.range(), null, "lead"));

        assertEquals(Money.parse("1500.00", "EUR"), target.budget(created.id()).amount());
        assertEquals(Long.valueOf(200), target.budget(changed.id()).hours());
    }

    @Test
    public void deletedBudget_shouldBeGoneAndAudited() {
        Budget created = target.create(yearly("1000.00", "2026-01-01", "2026-12-31", null));
        int audited = kit.auditRows();

        target.delete(created.id());

        assertThrows(NotFoundException.class, () -> target.budget(created.id()));
        assertEquals(audited + 1, kit.auditRows());
    }

    private static Budget yearly(String amount, String first, String last, List<Integer> thresholds) {
        return new Budget(0, ACME, Budget.Measure.COST, Money.parse(amount, "EUR"), null, PeriodKind.YEAR,
                new DateRange(LocalDate.parse(first), LocalDate.parse(last)), thresholds, "lead");
    }
}
