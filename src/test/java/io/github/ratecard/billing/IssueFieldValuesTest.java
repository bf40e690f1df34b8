package io.github.ratecard.billing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.github.ratecard.domain.InvalidInputException;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

/** What the Account and Billable fields accept as typed, before the issue's project is known. */
public class IssueFieldValuesTest {

    private static final Map<String, ClientAccount> ACCOUNTS = Map.of(
            "ACME", account("ACME", AccountStatus.OPEN),
            "OLDCO", account("OLDCO", AccountStatus.CLOSED));

    @Test
    public void account_shouldBeEmptyWhenNothingIsTyped() {
        assertEquals(Optional.empty(), IssueFieldValues.account("  ", this::find));
        assertEquals(Optional.empty(), IssueFieldValues.account(null, this::find));
    }

    @Test
    public void account_shouldBeTheTrimmedKeyOfAnOpenAccount() {
        assertEquals(Optional.of("ACME"), IssueFieldValues.account(" ACME ", this::find));
    }

    @Test
    public void account_shouldRefuseAnUnknownAccountNamingTheField() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> IssueFieldValues.account("NOPE", this::find));

        assertEquals("account", refused.field());
        assertEquals("No account NOPE", refused.getMessage());
    }

    @Test
    public void account_shouldReadAClosedAccountsKeySoIssuesKeepingItStayEditable() {
        assertEquals(Optional.of("OLDCO"), IssueFieldValues.account("OLDCO", this::find));
    }

    @Test
    public void billable_shouldStoreTheOptionsLabel() {
        assertEquals(Optional.of("Non-billable"), IssueFieldValues.billable("NON_BILLABLE"));
        assertEquals(Optional.of("Billable"), IssueFieldValues.billable("billable"));
        assertEquals(Optional.empty(), IssueFieldValues.billable(""));
        assertEquals("billable", assertThrows(InvalidInputException.class, () -> IssueFieldValues.billable("maybe")).field());
    }

    private Optional<ClientAccount> find(String key) {
        return Optional.ofNullable(ACCOUNTS.get(key));
    }

    private static ClientAccount account(String key, AccountStatus status) {
        return new ClientAccount(key, key + " Ltd", "Customer " + key, Currency.getInstance("EUR"), AccountCategory.BILLABLE, status,
                new BilledTimeRule(15, BilledTimeRule.Mode.UP, 0), new BigDecimal("19"), null);
    }
}
