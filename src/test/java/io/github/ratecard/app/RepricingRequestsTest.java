package io.github.ratecard.app;

import static io.github.ratecard.testing.kits.RateCardKit.account;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.billing.BilledTimeRule;
import io.github.ratecard.billing.ClientAccount;
import io.github.ratecard.ledger.AffectedWork;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.rates.EffectivePeriod;
import io.github.ratecard.rates.HourlyRate;
import io.github.ratecard.rates.RateScope;
import io.github.ratecard.rates.StaffLevel;
import io.github.ratecard.testing.kits.RateCardKit;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** Every rate-card change asks to re-price exactly the work it can price differently. */
public class RepricingRequestsTest {

    private static final long ACME = RateCardKit.ACME_PROJECT.id();
    private final RateCardKit kit = new RateCardKit();

    @Before
    public void setUp() {
        kit.accountService.create(account("ACME", "EUR"));
        kit.repricing.clear();
    }

    @After
    public void tearDown() {
        kit.close();
    }

    @Test
    public void userCostRate_shouldRepriceThatUsersWorkInItsPeriod() {
        kit.rateService.add(RateScope.user("ana"), HourlyRate.parse("40", "EUR"), period("2026-04-01", "2026-06-30"));

        assertEquals(new AffectedWork("rate added", null, null, Set.of("ana"), day("2026-04-01"), day("2026-06-30")), last());
    }

    @Test
    public void levelRate_shouldRepriceTheWorkOfEveryoneEverOnTheLevel() {
        StaffLevel senior = kit.levelService.create("Senior", "");
        kit.levelService.assign("ana", senior.id(), EffectivePeriod.from(day("2026-01-01")));
        kit.levelService.assign("ben", senior.id(), EffectivePeriod.from(day("2026-03-01")));
        kit.repricing.clear();

        kit.rateService.add(RateScope.accountLevel("ACME", senior.id()), HourlyRate.parse("90", "EUR"), EffectivePeriod.from(day("2026-05-01")));

        assertEquals(new AffectedWork("rate added", null, "ACME", Set.of("ana", "ben"), day("2026-05-01"), null), last());
    }

    @Test
    public void levelRateOfAnEmptyLevel_shouldRepriceNothing() {
        StaffLevel empty = kit.levelService.create("Trainee", "");

        kit.rateService.add(RateScope.level(empty.id()), HourlyRate.parse("20", "EUR"), EffectivePeriod.from(day("2026-05-01")));

        assertTrue(kit.repricing.isEmpty());
    }

    @Test
    public void movedRatePeriod_shouldRepriceTheOldAndTheNewDays() {
        var rate = kit.rateService.add(RateScope.project(ACME), HourlyRate.parse("50", "EUR"), period("2026-04-01", "2026-04-30"));

        kit.rateService.changePeriod(rate.id(), period("2026-03-15", "2026-04-20"));

        assertEquals(new AffectedWork("rate period changed", ACME, null, Set.of(), day("2026-03-15"), day("2026-04-30")), last());
    }

    @Test
    public void promotion_shouldRepriceTheUsersWorkFromItsFirstDay() {
        StaffLevel senior = kit.levelService.create("Senior", "");
        kit.repricing.clear();

        kit.levelService.assign("ana", senior.id(), EffectivePeriod.from(day("2026-08-01")));

        assertEquals(Set.of("ana"), last().userKeys());
        assertEquals(day("2026-08-01"), last().from());
    }

    @Test
    public void changedBilledTimeRule_shouldRepriceTheAccountsWork() {
        ClientAccount before = kit.accountService.account("ACME");

        kit.accountService.update("ACME", new ClientAccount("ACME", before.name(), before.customerName(), before.currency(), before.category(),
                before.status(), new BilledTimeRule(30, BilledTimeRule.Mode.UP, 0), before.taxRatePercent(), before.invoicePrefix()));

        assertEquals(AffectedWork.ofAccount("account ACME changed", "ACME"), last());
    }

    @Test
    public void renamedAccount_shouldRepriceNothing() {
        ClientAccount before = kit.accountService.account("ACME");

        kit.accountService.update("ACME", new ClientAccount("ACME", "Acme Corporation", before.customerName(), before.currency(),
                before.category(), before.status(), before.billedTime(), before.taxRatePercent(), before.invoicePrefix()));

        assertTrue(kit.repricing.isEmpty());
    }

    @Test
    public void newDefaultAccount_shouldRepriceTheProjectsWork() {
        kit.accountService.link("ACME", "ACME", true);

        assertEquals(AffectedWork.ofProject("default account of ACME changed", ACME), last());
    }

    @Test
    public void changedReportingZone_shouldRepriceEverything() {
        new SettingsService(kit.settings, kit.settings, kit.rates, kit.audit, kit.transactions, kit.repricing::add).change(null, ZoneId.of("Asia/Tokyo"));

        assertEquals(AffectedWork.everything("settings changed"), last());
    }

    @Test
    public void rejectedChange_shouldRepriceNothing() {
        try {
            kit.rateService.add(RateScope.user("nobody"), HourlyRate.parse("40", "EUR"), EffectivePeriod.from(day("2026-04-01")));
        } catch (InvalidInputException expected) {
            // the change is refused before anything is written
        }

        assertTrue(kit.repricing.isEmpty());
    }

    private AffectedWork last() {
        return kit.repricing.get(kit.repricing.size() - 1);
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static EffectivePeriod period(String from, String to) {
        return EffectivePeriod.between(day(from), day(to));
    }
}
