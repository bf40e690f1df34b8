package io.github.ratecard.app;

import static io.github.ratecard.testing.kits.LedgerChanges.issueOf;
import static io.github.ratecard.testing.kits.LedgerChanges.saved;
import static io.github.ratecard.testing.kits.RateCardKit.account;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.billing.AccountCategory;
import io.github.ratecard.billing.AccountStatus;
import io.github.ratecard.billing.BillableChoice;
import io.github.ratecard.billing.ClientAccount;
import io.github.ratecard.domain.ConflictException;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.IssueRef;
import io.github.ratecard.ledger.LedgerEntry;
import io.github.ratecard.ledger.LedgerKeeper;
import io.github.ratecard.ledger.Rollup;
import io.github.ratecard.ledger.WorklogPricer;
import io.github.ratecard.money.Money;
import io.github.ratecard.rates.EffectivePeriod;
import io.github.ratecard.rates.HourlyRate;
import io.github.ratecard.rates.RateScope;
import io.github.ratecard.rates.StoredRateBook;
import io.github.ratecard.store.AccountBillingContext;
import io.github.ratecard.store.AoIssueBillingStore;
import io.github.ratecard.store.AoLedgerStore;
import io.github.ratecard.store.AoOverrideStore;
import io.github.ratecard.store.AoRollupStore;
import io.github.ratecard.store.StoredBillingFacts;
import io.github.ratecard.testing.kits.LedgerChanges;
import io.github.ratecard.testing.kits.RateCardKit;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The Account and Billable fields and worklog overrides on a real database: validated, audited, and re-pricing what they touch. */
public class IssueBillingTest {

    private static final long ACME = RateCardKit.ACME_PROJECT.id();
    private static final IssueRef ISSUE = new IssueRef(issueOf(ACME), "ACME-1", ACME);
    private static final YearMonth ALL_FROM = YearMonth.of(2025, 1);
    private static final YearMonth ALL_TO = YearMonth.of(2027, 12);

    private final RateCardKit kit = new RateCardKit();
    private final AoLedgerStore ledger = new AoLedgerStore(kit.database.activeObjects());
    private final AoRollupStore rollups = new AoRollupStore(kit.database.activeObjects());
    private final AoIssueBillingStore fields = new AoIssueBillingStore(kit.database.activeObjects());
    private final AoOverrideStore overrideStore = new AoOverrideStore(kit.database.activeObjects());
    private LedgerKeeper keeper;
    private IssueBillingService issueBilling;
    private OverrideService overrides;

    @Before
    public void setUp() {
        kit.accountService.create(account("ACME", "EUR"));
        kit.accountService.create(account("GLOBEX", "EUR"));
        kit.accountService.create(account("UNLINKED", "EUR"));
        kit.accountService.link("ACME", "ACME", true);
        kit.accountService.link("ACME", "GLOBEX", false);
        kit.rateService.add(RateScope.global(), HourlyRate.parse("30", "EUR"), EffectivePeriod.from(LocalDate.parse("2026-01-01")));
        kit.rateService.add(RateScope.account("ACME"), HourlyRate.parse("60", "EUR"), EffectivePeriod.from(LocalDate.parse("2026-01-01")));
        kit.rateService.add(RateScope.account("GLOBEX"), HourlyRate.parse("80", "EUR"), EffectivePeriod.from(LocalDate.parse("2026-01-01")));
        Clock clock = Clock.fixed(RateCardKit.NOW, ZoneOffset.UTC);
        WorklogPricer pricer = new WorklogPricer(new StoredRateBook(kit.rates, kit.levels), new AccountBillingContext(kit.accounts),
                new StoredBillingFacts(fields, overrideStore), () -> ZoneId.of("Europe/Berlin"));
        keeper = new LedgerKeeper(ledger, rollups, pricer, kit.transactions, clock);
        issueBilling = new IssueBillingService(fields, kit.accounts, keeper, kit.audit, kit.transactions);
        overrides = new OverrideService(overrideStore, ledger, kit.accounts, keeper, kit.audit, kit.transactions, clock);
        keeper.handle(saved(1, ACME, "ana", "2026-04-15T08:00:00Z", 50 * 60, "2026-04-15T09:00:00Z"));
        keeper.handle(saved(2, ACME, "ben", "2026-04-16T08:00:00Z", 60 * 60, "2026-04-16T09:00:00Z"));
    }

    @After
    public void tearDown() {
        kit.close();
    }

    @Test
    public void accountField_shouldRepriceTheIssuesEntriesToThatAccount() {
        issueBilling.set(ISSUE, "GLOBEX", null);

        LedgerEntry entry = entry(2);
        assertEquals("GLOBEX", entry.accountKey());
        assertEquals(Money.parse("80.00", "EUR"), entry.bill());
        assertEquals(16000, rollups.rollups(Rollup.Kind.ACCOUNT, null, "GLOBEX", ALL_FROM, ALL_TO).get(0).billMinor());
        assertTrue(rollups.rollups(Rollup.Kind.ACCOUNT, null, "ACME", ALL_FROM, ALL_TO).stream().allMatch(r -> r.billMinor() == 0));
    }

    @Test
    public void billableField_shouldMakeTheIssuesWorkNonBillableButKeepItsCost() {
        issueBilling.set(ISSUE, null, "Non-billable");

        LedgerEntry entry = entry(2);
        assertFalse(entry.billable());
        assertEquals(0, entry.billedSeconds());
        assertEquals(Money.parse("30.00", "EUR"), entry.cost());
    }

    @Test
    public void accountNotLinkedToTheProject_shouldBeRefusedAndChangeNothing() {
        int auditBefore = kit.auditRows();

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> issueBilling.set(ISSUE, "UNLINKED", "Billable"));

        assertEquals("account", refused.field());
        assertTrue(refused.getMessage().contains("not linked"));
        assertEquals(IssueBillingTest.empty(), issueBilling.fieldsOf(ISSUE.id()));
        assertEquals("ACME", entry(1).accountKey());
        assertEquals(auditBefore, kit.auditRows());
    }

    @Test
    public void closedAccount_shouldNotBeOfferedNorAccepted() {
        close("GLOBEX");

        assertEquals(java.util.List.of("ACME"), issueBilling.accountOptions(ACME).stream().map(ClientAccount::key).toList());
        assertEquals("account", assertThrows(InvalidInputException.class, () -> issueBilling.set(ISSUE, "GLOBEX", null)).field());
    }

    @Test
    public void issueKeepingAnAccountClosedSince_shouldStillBeSaved() {
        issueBilling.set(ISSUE, "GLOBEX", null);
        close("GLOBEX");

        issueBilling.set(ISSUE, "GLOBEX", "Non-billable");

        assertEquals(BillableChoice.NON_BILLABLE, issueBilling.fieldsOf(ISSUE.id()).billable());
    }

    @Test
    public void accountValueNotLinkedToTheProject_shouldBeKeptButWorkBillsToTheProjectDefault() {
        issueBilling.mirrorAccount(ISSUE, "UNLINKED");

        assertEquals("UNLINKED", issueBilling.fieldsOf(ISSUE.id()).accountKey());
        assertEquals("ACME", entry(2).accountKey());
        assertTrue(issueBilling.billingOf(ISSUE).fieldAccountIgnored());
    }

    @Test
    public void removedField_shouldBeForgottenAndItsIssuesRepriced() {
        issueBilling.set(ISSUE, "GLOBEX", "Billable");

        issueBilling.forgetAccounts();

        assertEquals(null, issueBilling.fieldsOf(ISSUE.id()).accountKey());
        assertEquals(BillableChoice.BILLABLE, issueBilling.fieldsOf(ISSUE.id()).billable());
        assertEquals("ACME", entry(2).accountKey());
    }

    @Test
    public void deletedIssue_shouldTakeItsValuesAlong() {
        issueBilling.set(ISSUE, "GLOBEX", "Billable");

        issueBilling.issueDeleted(ISSUE.id());

        assertTrue(issueBilling.fieldsOf(ISSUE.id()).isEmpty());
    }

    @Test
    public void accountOptions_shouldOfferTheDefaultFirst() {
        assertEquals(java.util.List.of("ACME", "GLOBEX"), issueBilling.accountOptions(ACME).stream().map(ClientAccount::key).toList());
    }

    @Test
    public void invoicedEntries_shouldKeepTheirPriceWhenTheFieldChanges() {
        ledger.save(LedgerChanges.invoiced(entry(1)));

        issueBilling.set(ISSUE, "GLOBEX", null);

        assertEquals("ACME", entry(1).accountKey());
        assertEquals("GLOBEX", entry(2).accountKey());
    }

    @Test
    public void override_shouldBillTheSetTimeAndRecordItsReason() {
        int auditBefore = kit.auditRows();

        overrides.set(1, null, 30L * 60, null, "Training time, agreed with the client", "lead");

        assertEquals(30 * 60, entry(1).billedSeconds());
        assertEquals(Money.parse("30.00", "EUR"), entry(1).bill());
        assertEquals(Money.parse("25.00", "EUR"), entry(1).cost());
        assertEquals("Training time, agreed with the client", overrides.overrideOf(1).orElseThrow().reason());
        assertEquals(auditBefore + 1, kit.auditRows());
    }

    @Test
    public void override_shouldWinOverTheIssueFields() {
        issueBilling.set(ISSUE, null, "Non-billable");

        overrides.set(2, true, null, "GLOBEX", "This hour was for Globex", "lead");

        assertTrue(entry(2).billable());
        assertEquals("GLOBEX", entry(2).accountKey());
        assertFalse(entry(1).billable());
    }

    @Test
    public void removedOverride_shouldBillAsTheIssueSaysAgain() {
        overrides.set(1, false, null, null, "Rework after our own mistake", "lead");
        assertFalse(entry(1).billable());

        overrides.remove(1);

        assertTrue(entry(1).billable());
        assertEquals(60 * 60, entry(1).billedSeconds());
    }

    @Test
    public void overrideOfInvoicedWork_shouldBeAConflictThatChangesNothing() {
        ledger.save(LedgerChanges.invoiced(entry(1)));

        ConflictException refused = assertThrows(ConflictException.class,
                () -> overrides.set(1, false, null, null, "Too late", "lead"));

        assertTrue(refused.getMessage().contains("invoiced"));
        assertTrue(overrides.overrideOf(1).isEmpty());
        assertTrue(entry(1).billable());
    }

    @Test
    public void overrideToAnUnlinkedAccount_shouldBeRefused() {
        assertEquals("accountKey", assertThrows(InvalidInputException.class,
                () -> overrides.set(1, null, null, "UNLINKED", "Wrong client", "lead")).field());
        assertTrue(overrides.overrideOf(1).isEmpty());
    }

    private void close(String key) {
        ClientAccount account = kit.accountService.account(key);
        kit.accountService.update(key, new ClientAccount(account.key(), account.name(), account.customerName(), account.currency(),
                AccountCategory.BILLABLE, AccountStatus.CLOSED, account.billedTime(), account.taxRatePercent(), account.invoicePrefix()));
    }

    private LedgerEntry entry(long worklogId) {
        return overrides.entry(worklogId);
    }

    private static io.github.ratecard.billing.IssueBilling empty() {
        return io.github.ratecard.billing.IssueBilling.empty(ISSUE.id());
    }
}
