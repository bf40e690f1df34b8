package io.github.ratecard.app;

import static io.github.ratecard.testing.kits.RateCardKit.account;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.billing.AccountStatus;
import io.github.ratecard.domain.ConflictException;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.rates.EffectivePeriod;
import io.github.ratecard.rates.HourlyRate;
import io.github.ratecard.rates.OverlapException;
import io.github.ratecard.rates.Rate;
import io.github.ratecard.rates.RateFilter;
import io.github.ratecard.rates.RateResolver;
import io.github.ratecard.rates.RateScope;
import io.github.ratecard.rates.RateType;
import io.github.ratecard.rates.ResolvedRate;
import io.github.ratecard.rates.StaffLevel;
import io.github.ratecard.testing.kits.RateCardKit;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class RateCardServiceTest {

    private final RateCardKit kit = new RateCardKit();

    @Before
    public void setUp() {
        kit.accountService.create(account("ACME", "EUR"));
    }

    @After
    public void tearDown() {
        kit.close();
    }

    @Test
    public void newRateFromNextMonth_shouldCloseTheCurrentOneTheDayBefore() {
        Rate current = kit.rateService.add(RateScope.account("ACME"), HourlyRate.parse("60", "EUR"), from("2026-01-01"));

        Rate next = kit.rateService.add(RateScope.account("ACME"), HourlyRate.parse("65.50", "EUR"), from("2026-12-01"));

        assertEquals(EffectivePeriod.between(day("2026-01-01"), day("2026-11-30")), kit.rateService.rate(current.id()).period());
        assertEquals(from("2026-12-01"), kit.rateService.rate(next.id()).period());
        assertEquals(List.of("close", "create"), List.of(kit.audit.recent("rate", 2).get(1).action(), kit.audit.recent("rate", 2).get(0).action()));
    }

    @Test
    public void deletingTheRateJustAdded_shouldGiveThePreviousOneItsOpenEndBack() {
        Rate current = kit.rateService.add(RateScope.account("ACME"), HourlyRate.parse("60", "EUR"), from("2026-01-01"));
        Rate next = kit.rateService.add(RateScope.account("ACME"), HourlyRate.parse("65.50", "EUR"), from("2026-12-01"));

        kit.rateService.delete(next.id());

        assertEquals(from("2026-01-01"), kit.rateService.rate(current.id()).period());
        assertEquals("reopen", kit.audit.recent("rate", 1).get(0).action());
    }

    @Test
    public void deletingARateBetweenTwo_shouldGiveItsDaysToTheOneBeforeAndLeaveTheOneAfter() {
        Rate first = kit.rateService.add(RateScope.account("ACME"), HourlyRate.parse("60", "EUR"), between("2026-01-01", "2026-05-31"));
        Rate middle = kit.rateService.add(RateScope.account("ACME"), HourlyRate.parse("62", "EUR"), between("2026-06-01", "2026-08-31"));
        Rate last = kit.rateService.add(RateScope.account("ACME"), HourlyRate.parse("64", "EUR"), from("2026-09-01"));

        kit.rateService.delete(middle.id());

        assertEquals(between("2026-01-01", "2026-08-31"), kit.rateService.rate(first.id()).period());
        assertEquals(from("2026-09-01"), kit.rateService.rate(last.id()).period());
    }

    @Test
    public void deletingARateAfterAGap_shouldLeaveTheEarlierOneAsItWas() {
        Rate early = kit.rateService.add(RateScope.account("ACME"), HourlyRate.parse("60", "EUR"), between("2026-01-01", "2026-03-31"));
        Rate later = kit.rateService.add(RateScope.account("ACME"), HourlyRate.parse("62", "EUR"), from("2026-06-01"));

        kit.rateService.delete(later.id());

        assertEquals(between("2026-01-01", "2026-03-31"), kit.rateService.rate(early.id()).period());
    }

    @Test
    public void overlappingRate_shouldBeRejectedNamingTheConflictingRateAndChangeNothing() {
        Rate past = kit.rateService.add(RateScope.account("ACME"), HourlyRate.parse("60", "EUR"), between("2026-01-01", "2026-06-30"));
        List<Rate> before = kit.rateService.find(RateFilter.ofType(RateType.BILL));
        int auditRows = kit.auditRows();

        OverlapException e = assertThrows(OverlapException.class,
                () -> kit.rateService.add(RateScope.account("ACME"), HourlyRate.parse("70", "EUR"), from("2026-06-01")));

        assertEquals(past.id(), e.conflictingId());
        assertEquals(before, kit.rateService.find(RateFilter.ofType(RateType.BILL)));
        assertEquals(auditRows, kit.auditRows());
    }

    @Test
    public void billRate_shouldBeInTheAccountsCurrency() {
        assertEquals("currency", assertThrows(InvalidInputException.class,
                () -> kit.rateService.add(RateScope.account("ACME"), HourlyRate.parse("60", "USD"), from("2026-01-01"))).field());
        assertTrue(kit.rateService.find(RateFilter.ofType(RateType.BILL)).isEmpty());
    }

    @Test
    public void costRate_shouldBeInTheBaseCurrency() {
        assertEquals("currency", assertThrows(InvalidInputException.class,
                () -> kit.rateService.add(RateScope.global(), HourlyRate.parse("20", "USD"), from("2026-01-01"))).field());

        kit.settings.setBaseCurrency(Currency.getInstance("USD"));
        kit.rateService.add(RateScope.global(), HourlyRate.parse("20", "USD"), from("2026-01-01"));
        assertEquals(1, kit.rateService.find(RateFilter.ofType(RateType.COST)).size());
    }

    @Test
    public void closedAccount_shouldTakeNoNewRates() {
        kit.accountService.update("ACME", account("ACME", "EUR").withStatus(AccountStatus.CLOSED));

        assertEquals("accountKey", assertThrows(ConflictException.class,
                () -> kit.rateService.add(RateScope.account("ACME"), HourlyRate.parse("60", "EUR"), from("2026-01-01"))).field());
    }

    @Test
    public void rate_shouldRejectUnknownReferences() {
        assertEquals("accountKey", assertThrows(InvalidInputException.class,
                () -> kit.rateService.add(RateScope.account("NOPE"), HourlyRate.parse("60", "EUR"), from("2026-01-01"))).field());
        assertEquals("userKey", assertThrows(InvalidInputException.class,
                () -> kit.rateService.add(RateScope.user("nobody"), HourlyRate.parse("60", "EUR"), from("2026-01-01"))).field());
        assertEquals("levelId", assertThrows(InvalidInputException.class,
                () -> kit.rateService.add(RateScope.level(42), HourlyRate.parse("60", "EUR"), from("2026-01-01"))).field());
        assertEquals("projectKey", assertThrows(InvalidInputException.class,
                () -> kit.rateService.add(RateScope.project(4711), HourlyRate.parse("60", "EUR"), from("2026-01-01"))).field());
    }

    @Test
    public void changePeriod_shouldMoveTheRateButNeverIntoAnother() {
        Rate first = kit.rateService.add(RateScope.account("ACME"), HourlyRate.parse("60", "EUR"), between("2026-01-01", "2026-05-31"));
        Rate second = kit.rateService.add(RateScope.account("ACME"), HourlyRate.parse("65", "EUR"), from("2026-06-01"));

        kit.rateService.changePeriod(second.id(), from("2026-07-01"));
        assertThrows(OverlapException.class, () -> kit.rateService.changePeriod(first.id(), between("2026-01-01", "2026-07-15")));

        assertEquals(from("2026-07-01"), kit.rateService.rate(second.id()).period());
        assertEquals(between("2026-01-01", "2026-05-31"), kit.rateService.rate(first.id()).period());
    }

    @Test
    public void rates_shouldKeepTheirExactAmounts() {
        Rate rate = kit.rateService.add(RateScope.account("ACME"), HourlyRate.parse("123456.7891", "EUR"), from("2026-01-01"));

        assertEquals("123456.7891", kit.rateService.rate(rate.id()).hourly().amount().toPlainString());
    }

    @Test
    public void find_shouldFilterByScopeAndDay() {
        StaffLevel level = kit.levelService.create("Agent L1", "");
        kit.rateService.add(RateScope.account("ACME"), HourlyRate.parse("60", "EUR"), between("2026-01-01", "2026-05-31"));
        kit.rateService.add(RateScope.account("ACME"), HourlyRate.parse("65", "EUR"), from("2026-06-01"));
        kit.rateService.add(RateScope.accountLevel("ACME", level.id()), HourlyRate.parse("70", "EUR"), from("2026-01-01"));
        kit.rateService.add(RateScope.level(level.id()), HourlyRate.parse("25", "EUR"), from("2026-01-01"));

        List<Rate> inForce = kit.rateService.find(new RateFilter(RateType.BILL, null, "ACME", null, null, null, day("2026-03-01")));

        assertEquals(2, inForce.size());
        assertEquals(1, kit.rateService.find(RateFilter.ofType(RateType.COST)).size());
    }

    @Test
    public void resolve_shouldReadTheStoredRateCard() {
        StaffLevel level = kit.levelService.create("Agent L1", "");
        kit.levelService.assign("ana", level.id(), from("2026-01-01"));
        kit.rateService.add(RateScope.level(level.id()), HourlyRate.parse("25", "EUR"), from("2026-01-01"));
        kit.rateService.add(RateScope.accountLevel("ACME", level.id()), HourlyRate.parse("70", "EUR"), from("2026-02-01"));

        RateResolver.Resolution resolution = kit.rateService.resolve("ana", RateCardKit.ACME_PROJECT.id(), "ACME", day("2026-02-01"));

        assertEquals("25.0000", ((ResolvedRate) resolution.cost()).rate().hourly().amount().toPlainString());
        assertEquals("account rate for the level since 2026-02-01", resolution.bill().describe());
        assertTrue(kit.rateService.resolve("ana", null, "ACME", day("2026-01-31")).bill().isMissing());
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static EffectivePeriod from(String iso) {
        return EffectivePeriod.from(day(iso));
    }

    private static EffectivePeriod between(String from, String to) {
        return EffectivePeriod.between(day(from), day(to));
    }
}
