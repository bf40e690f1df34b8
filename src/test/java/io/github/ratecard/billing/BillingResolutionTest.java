package io.github.ratecard.billing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

/** How work bills: worklog override, then the issue's fields, then the project default and the account's category. */
public class BillingResolutionTest {

    private static final ClientAccount ACME = account("ACME", AccountCategory.BILLABLE);
    private static final ClientAccount GLOBEX = account("GLOBEX", AccountCategory.BILLABLE);
    private static final ClientAccount INTERNAL = account("INT", AccountCategory.INTERNAL);
    private static final Map<String, ClientAccount> ACCOUNTS = Map.of("ACME", ACME, "GLOBEX", GLOBEX, "INT", INTERNAL);
    private static final long FIFTY_MINUTES = 50 * 60;
    /** The project's links: GONE is linked but no longer exists; UNLINKED exists but is not linked. */
    private static final java.util.Set<String> LINKED = java.util.Set.of("ACME", "GLOBEX", "INT", "GONE");

    @Test
    public void withoutFieldsOrOverride_shouldBillToTheProjectDefaultAsItsCategorySays() {
        WorkBilling billing = resolve(Optional.of(ACME), null, null);

        assertEquals(ACME, billing.account());
        assertEquals(BillingSource.PROJECT_DEFAULT, billing.accountSource());
        assertTrue(billing.billable());
        assertEquals(BillingSource.ACCOUNT_CATEGORY, billing.billableSource());
        assertEquals(60 * 60, billing.billedSeconds());
    }

    @Test
    public void issueAccountField_shouldWinOverTheProjectDefault() {
        WorkBilling billing = resolve(Optional.of(ACME), new IssueBilling(1, "GLOBEX", null), null);

        assertEquals(GLOBEX, billing.account());
        assertEquals(BillingSource.ISSUE_FIELD, billing.accountSource());
    }

    @Test
    public void overrideAccount_shouldWinOverTheIssueField() {
        WorkBilling billing = resolve(Optional.of(ACME), new IssueBilling(1, "GLOBEX", null), override(null, null, "INT"));

        assertEquals(INTERNAL, billing.account());
        assertEquals(BillingSource.WORKLOG_OVERRIDE, billing.accountSource());
        assertFalse("an internal account's work is not billable", billing.billable());
    }

    @Test
    public void issueBillableField_shouldWinOverTheAccountCategory() {
        WorkBilling billing = resolve(Optional.of(ACME), new IssueBilling(1, null, BillableChoice.NON_BILLABLE), null);

        assertFalse(billing.billable());
        assertEquals(BillingSource.ISSUE_FIELD, billing.billableSource());
        assertEquals(0, billing.billedSeconds());
    }

    @Test
    public void overrideBillable_shouldWinOverTheIssueField() {
        WorkBilling billing = resolve(Optional.of(ACME), new IssueBilling(1, null, BillableChoice.NON_BILLABLE), override(true, null, null));

        assertTrue(billing.billable());
        assertEquals(BillingSource.WORKLOG_OVERRIDE, billing.billableSource());
    }

    @Test
    public void overrideBilledTime_shouldReplaceTheAccountsRounding() {
        WorkBilling billing = resolve(Optional.of(ACME), null, override(null, 30L * 60, null));

        assertEquals(30 * 60, billing.billedSeconds());
        assertTrue(billing.billedTimeOverridden());
    }

    @Test
    public void overrideBilledTime_shouldNotMakeNonBillableWorkBill() {
        WorkBilling billing = resolve(Optional.of(ACME), new IssueBilling(1, null, BillableChoice.NON_BILLABLE), override(null, 1800L, null));

        assertEquals(0, billing.billedSeconds());
        assertFalse(billing.billedTimeOverridden());
    }

    @Test
    public void workWithoutAnyAccount_shouldNotBeBillableWhateverTheField() {
        WorkBilling billing = resolve(Optional.empty(), new IssueBilling(1, null, BillableChoice.BILLABLE), null);

        assertNull(billing.account());
        assertFalse(billing.billable());
        assertEquals(BillingSource.NONE, billing.accountSource());
    }

    @Test
    public void accountFieldNamingAnUnknownAccount_shouldFallBackToTheProjectDefault() {
        WorkBilling billing = resolve(Optional.of(ACME), new IssueBilling(1, "GONE", null), null);

        assertEquals(ACME, billing.account());
        assertEquals(BillingSource.PROJECT_DEFAULT, billing.accountSource());
    }

    @Test
    public void accountFieldNotLinkedToTheProject_shouldBeIgnoredAndSaidSo() {
        WorkBilling billing = BillingResolution.resolve(FIFTY_MINUTES, Optional.of(ACME), new IssueBilling(1, "GLOBEX", null), null,
                key -> Optional.ofNullable(ACCOUNTS.get(key)), java.util.Set.of("ACME"));

        assertEquals(ACME, billing.account());
        assertEquals(BillingSource.PROJECT_DEFAULT, billing.accountSource());
        assertTrue(billing.fieldAccountIgnored());
    }

    private static WorkBilling resolve(Optional<ClientAccount> projectDefault, IssueBilling issue, WorklogOverride override) {
        return BillingResolution.resolve(FIFTY_MINUTES, projectDefault, issue, override, key -> Optional.ofNullable(ACCOUNTS.get(key)),
                LINKED);
    }

    private static WorklogOverride override(Boolean billable, Long billedSeconds, String accountKey) {
        return new WorklogOverride(7, billable, billedSeconds, accountKey, "Agreed with the client", "lead", Instant.EPOCH);
    }

    static ClientAccount account(String key, AccountCategory category) {
        return new ClientAccount(key, key + " Ltd", "Customer " + key, Currency.getInstance("EUR"), category, AccountStatus.OPEN,
                new BilledTimeRule(15, BilledTimeRule.Mode.UP, 60), new BigDecimal("19"), null);
    }
}
