package io.github.ratecard.accounting;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.github.ratecard.domain.InvalidInputException;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.Test;

/** The accounting settings' limits: each refusal names its field. */
public class AccountingSettingsTest {

    private static final Map<String, RevenueAccount> REVENUE = AccountingSettings.defaultRevenueAccounts("03");
    private static final List<JournalColumn> COLUMNS = AccountingSettings.defaultColumns();

    @Test
    public void consultantNumber_shouldBeFrom1001To9999999() {
        settings(1001, 1, 4, "03", REVENUE, "10000", Map.of(), COLUMNS);
        settings(9_999_999, 1, 4, "03", REVENUE, "10000", Map.of(), COLUMNS);
        assertRefused("consultantNumber", () -> settings(1000, 1, 4, "03", REVENUE, "10000", Map.of(), COLUMNS));
        assertRefused("consultantNumber", () -> settings(10_000_000, 1, 4, "03", REVENUE, "10000", Map.of(), COLUMNS));
    }

    @Test
    public void clientNumber_shouldBeFrom1To99999() {
        settings(1001, 99_999, 4, "03", REVENUE, "10000", Map.of(), COLUMNS);
        assertRefused("clientNumber", () -> settings(1001, 0, 4, "03", REVENUE, "10000", Map.of(), COLUMNS));
        assertRefused("clientNumber", () -> settings(1001, 100_000, 4, "03", REVENUE, "10000", Map.of(), COLUMNS));
    }

    @Test
    public void accountLength_shouldBeFrom4To8AndEveryAccountShouldHaveIt() {
        settings(1001, 1, 8, "03", Map.of("19", new RevenueAccount("84000000", "", "17760000")), "100000000", Map.of(), COLUMNS);
        assertRefused("accountLength", () -> settings(1001, 1, 3, "03", Map.of(), "1000", Map.of(), COLUMNS));
        assertRefused("accountLength", () -> settings(1001, 1, 9, "03", Map.of(), "1000000000", Map.of(), COLUMNS));
        assertRefused("revenueAccounts", () -> settings(1001, 1, 5, "03", REVENUE, "100000", Map.of(), COLUMNS));
        assertRefused("defaultDebtorAccount", () -> settings(1001, 1, 4, "03", REVENUE, "1000", Map.of(), COLUMNS));
        assertRefused("debtorAccounts", () -> settings(1001, 1, 4, "03", REVENUE, "10000", Map.of("ACME", "01234"), COLUMNS));
    }

    @Test
    public void skr_shouldBe03Or04() {
        assertRefused("skr", () -> settings(1001, 1, 4, "05", REVENUE, "10000", Map.of(), COLUMNS));
    }

    @Test
    public void revenueAccount_shouldNameARateAndAShortBuKey() {
        assertRefused("revenueAccounts", () -> settings(1001, 1, 4, "03", Map.of("101", new RevenueAccount("8400", "", "")), "10000", Map.of(), COLUMNS));
        assertRefused("revenueAccounts", () -> settings(1001, 1, 4, "03", Map.of("19", new RevenueAccount("8400", "12345", "")), "10000", Map.of(), COLUMNS));
        assertEquals(Map.of("7.5", new RevenueAccount("8310", "", "")),
                settings(1001, 1, 4, "03", Map.of("7.50", new RevenueAccount("8310", "", "")), "10000", Map.of(), COLUMNS).revenueAccounts());
    }

    @Test
    public void debtorAccounts_shouldBeKeyedByClientAccount() {
        assertRefused("debtorAccounts", () -> settings(1001, 1, 4, "03", REVENUE, "10000", Map.of("acme", "10001"), COLUMNS));
        assertEquals("10001", settings(1001, 1, 4, "03", REVENUE, "10000", Map.of("ACME", "10001"), COLUMNS).debtorAccount("ACME"));
        assertEquals("10000", settings(1001, 1, 4, "03", REVENUE, "10000", Map.of("ACME", "10001"), COLUMNS).debtorAccount("GLOBEX"));
    }

    @Test
    public void journalColumns_shouldBeUniqueWithShortHeadingsAndEnoughToBalance() {
        assertRefused("journalColumns", () -> settings(1001, 1, 4, "03", REVENUE, "10000", Map.of(), List.of()));
        assertRefused("journalColumns", () -> settings(1001, 1, 4, "03", REVENUE, "10000", Map.of(),
                List.of(new JournalColumn(JournalField.DOCUMENT, "Doc"), new JournalColumn(JournalField.ACCOUNT, "Acc"))));
        assertRefused("journalColumns", () -> settings(1001, 1, 4, "03", REVENUE, "10000", Map.of(),
                List.of(new JournalColumn(JournalField.DOCUMENT, "X"), new JournalColumn(JournalField.ACCOUNT, "x"), new JournalColumn(JournalField.AMOUNT, "A"))));
        assertRefused("journalColumns", () -> settings(1001, 1, 4, "03", REVENUE, "10000", Map.of(),
                List.of(new JournalColumn(JournalField.DOCUMENT, "D".repeat(41)), new JournalColumn(JournalField.ACCOUNT, "A"),
                        new JournalColumn(JournalField.AMOUNT, "B"))));
        settings(1001, 1, 4, "03", REVENUE, "10000", Map.of(), List.of(new JournalColumn(JournalField.DOCUMENT, "D".repeat(40)),
                new JournalColumn(JournalField.ACCOUNT, "A"), new JournalColumn(JournalField.DEBIT, "S"), new JournalColumn(JournalField.CREDIT, "H")));
    }

    private static AccountingSettings settings(Integer consultant, Integer client, int length, String skr, Map<String, RevenueAccount> revenue,
                                               String debtor, Map<String, String> debtors, List<JournalColumn> columns) {
        return new AccountingSettings(consultant, client, Month.JANUARY, length, skr, revenue, debtor, debtors, columns);
    }

    private static void assertRefused(String field, Supplier<AccountingSettings> settings) {
        assertEquals(field, assertThrows(InvalidInputException.class, settings::get).field());
    }
}
