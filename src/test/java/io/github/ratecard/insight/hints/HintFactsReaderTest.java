package io.github.ratecard.insight.hints;

import static io.github.ratecard.testing.kits.RateCardKit.account;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.capacity.CapacityCalendar;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.ledger.Rollup;
import io.github.ratecard.testing.kits.BudgetKit;
import io.github.ratecard.testing.kits.RateCardKit;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The facts of a run as read from the database: a person's logged time counts every project, linked to an open account or not. */
public class HintFactsReaderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final long ACME = RateCardKit.ACME_PROJECT.id();
    /** Linked to no account. */
    private static final long GLX = RateCardKit.GLX_PROJECT.id();

    private BudgetKit kit;
    private HintFactsReader target;
    private long capacity;

    @Before
    public void setUp() {
        kit = new BudgetKit();
        kit.rateCard.accountService.create(account("ACME", "EUR"));
        kit.rateCard.accountService.link("ACME", "ACME", true);
        target = kit.rateCard.app.bean(HintFactsReader.class);
        capacity = kit.rateCard.app.bean(CapacityCalendar.class).expectedSeconds(Set.of("ann"),
                new DateRange(OCTOBER.atDay(1), OCTOBER.atEndOfMonth())).get("ann").values().stream().mapToLong(Long::longValue).sum();
        assertTrue(capacity > 0);
    }

    @After
    public void tearDown() {
        kit.close();
    }

    @Test
    public void timeOnAProjectLinkedToNoAccount_shouldCountInAPersonsLoggedTime() {
        worked(ACME, "ann", "ACME", 60 * 3600);
        worked(GLX, "ann", null, 100 * 3600);
        worked(ACME, "ann", "ACME", 3600, OCTOBER.minusMonths(1));

        HintFacts facts = target.read(TODAY);

        assertEquals(160 * 3600, facts.loggedSeconds("ann", OCTOBER));
        assertTrue(facts.work().stream().noneMatch(row -> row.projectId() == GLX));
    }

    @Test
    public void personBusyOnAProjectLinkedToNoAccount_shouldNotBeUnderCapacity() {
        worked(ACME, "ann", "ACME", capacity * 3 / 10);
        worked(GLX, "ann", null, capacity * 7 / 10);
        worked(ACME, "bob", "ACME", capacity * 12 / 10);

        assertEquals(List.of(), new CapacityImbalanceRule().evaluate(target.read(TODAY)));
    }

    @Test
    public void personUnderCapacityOnEveryProject_shouldBeFoundWhileAnotherIsOver() {
        worked(ACME, "ann", "ACME", capacity * 3 / 10);
        worked(GLX, "ann", null, capacity / 10);
        worked(ACME, "bob", "ACME", capacity * 12 / 10);

        List<Finding> found = new CapacityImbalanceRule().evaluate(target.read(TODAY));

        assertEquals(1, found.size());
        assertEquals("ann", found.get(0).figures().get(2).value());
        assertEquals(capacity - (capacity * 3 / 10 + capacity / 10), found.get(0).magnitude());
    }

    private void worked(long project, String user, String accountKey, long seconds) {
        worked(project, user, accountKey, seconds, OCTOBER);
    }

    private void worked(long project, String user, String accountKey, long seconds, YearMonth month) {
        String currency = accountKey == null ? null : "EUR";
        kit.rollups.addToRollups(List.of(new Rollup(new Rollup.Key(Rollup.Kind.PROJECT, project, user, accountKey, currency, month), seconds, 0, 0,
                0, 1, 0, 0, 0, 0), new Rollup(new Rollup.Key(Rollup.Kind.PERSON, null, user, null, currency, month), seconds, 0, 0, 0, 1, 0, 0, 0, 0)));
    }
}
