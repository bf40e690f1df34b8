package io.github.ratecard.accounting;

import static io.github.ratecard.domain.InputLimits.ACCOUNT_LENGTH;
import static io.github.ratecard.domain.InputLimits.ACCOUNT_LENGTH_MIN;
import static io.github.ratecard.domain.InputLimits.DATEV_CLIENT;
import static io.github.ratecard.domain.InputLimits.DATEV_CONSULTANT;
import static io.github.ratecard.domain.InputLimits.DATEV_CONSULTANT_MIN;
import static io.github.ratecard.domain.InputLimits.DEBTOR_ACCOUNTS;
import static io.github.ratecard.domain.InputLimits.JOURNAL_HEADING;
import static io.github.ratecard.domain.InputLimits.REVENUE_ACCOUNTS;

import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.PlainText;
import io.github.ratecard.domain.Refusal;
import java.time.Month;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Finance's accounting settings, always valid: the DATEV consultant and client numbers (none until finance sets them; a
 * DATEV export needs both), the month the fiscal year starts, the length of G/L accounts (4 to 8 digits), the chart of
 * accounts (SKR 03 or 04), the revenue account per tax rate, the debtor account per client account with a default,
 * and the columns of the generic journal. A G/L account has exactly the account length's digits; a debtor account one
 * digit more (DATEV's personal accounts), not starting with 0.
 */
public record AccountingSettings(Integer consultantNumber, Integer clientNumber, Month fiscalYearStart, int accountLength, String skr,
                                 Map<String, RevenueAccount> revenueAccounts, String defaultDebtorAccount, Map<String, String> debtorAccounts,
                                 List<JournalColumn> journalColumns) {

    private static final Pattern RATE_KEY = Pattern.compile("(0|[1-9]\\d?|100)(\\.\\d{1,2})?");
    private static final Pattern BU_KEY = Pattern.compile("\\d{1,4}");
    private static final Pattern ACCOUNT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{1,19}");

    public AccountingSettings {
        Objects.requireNonNull(fiscalYearStart, "fiscalYearStart");
        InvalidInputException.require(consultantNumber == null || consultantNumber >= DATEV_CONSULTANT_MIN && consultantNumber <= DATEV_CONSULTANT,
                "consultantNumber", "The DATEV consultant number is from 1001 to 9999999",
                Refusal.of(Refusal.Reason.OUT_OF_RANGE, DATEV_CONSULTANT_MIN, DATEV_CONSULTANT));
        InvalidInputException.require(clientNumber == null || clientNumber >= 1 && clientNumber <= DATEV_CLIENT, "clientNumber",
                "The DATEV client number is from 1 to 99999", Refusal.of(Refusal.Reason.OUT_OF_RANGE, 1, DATEV_CLIENT));
        InvalidInputException.require(accountLength >= ACCOUNT_LENGTH_MIN && accountLength <= ACCOUNT_LENGTH, "accountLength",
                "The G/L account length is from 4 to 8 digits", Refusal.of(Refusal.Reason.OUT_OF_RANGE, ACCOUNT_LENGTH_MIN, ACCOUNT_LENGTH));
        InvalidInputException.require("03".equals(skr) || "04".equals(skr), "skr", "The chart of accounts (skr) is 03 or 04",
                Refusal.of(Refusal.Reason.NOT_ONE_OF, "03, 04"));
        revenueAccounts = revenueAccounts(revenueAccounts, accountLength);
        requireDebtor(defaultDebtorAccount, accountLength, "defaultDebtorAccount");
        debtorAccounts = debtorAccounts(debtorAccounts, accountLength);
        journalColumns = journalColumns(journalColumns);
    }

    /** Until finance changes them: SKR 03 with a 4-digit account length, 19 % on 8400 (tax 1776), 7 % on 8300 (tax 1771), debtor 10000. */
    public static AccountingSettings defaults() {
        return new AccountingSettings(null, null, Month.JANUARY, 4, "03", defaultRevenueAccounts("03"), "10000", Map.of(), defaultColumns());
    }

    /** The usual automatic revenue accounts of the chart for 19 % and 7 % (which need no BU key), with their output-tax accounts. */
    public static Map<String, RevenueAccount> defaultRevenueAccounts(String skr) {
        return "04".equals(skr)
                ? Map.of("19", new RevenueAccount("4400", "", "3806"), "7", new RevenueAccount("4300", "", "3801"))
                : Map.of("19", new RevenueAccount("8400", "", "1776"), "7", new RevenueAccount("8300", "", "1771"));
    }

    public static List<JournalColumn> defaultColumns() {
        return Arrays.stream(JournalField.values()).map(field -> new JournalColumn(field, field.defaultHeading())).toList();
    }

    /** The debtor account of a client account: its own, else the default. */
    public String debtorAccount(String accountKey) {
        return debtorAccounts.getOrDefault(accountKey, defaultDebtorAccount);
    }

    public boolean datevReady() {
        return consultantNumber != null && clientNumber != null;
    }

    public AccountingSettings withNumbers(Integer consultant, Integer client) {
        return new AccountingSettings(consultant, client, fiscalYearStart, accountLength, skr, revenueAccounts, defaultDebtorAccount, debtorAccounts,
                journalColumns);
    }

    private static Map<String, RevenueAccount> revenueAccounts(Map<String, RevenueAccount> accounts, int length) {
        Map<String, RevenueAccount> given = accounts == null ? Map.of() : accounts;
        InvalidInputException.require(given.size() <= REVENUE_ACCOUNTS, "revenueAccounts", "At most " + REVENUE_ACCOUNTS + " tax rates have a revenue account",
                Refusal.of(Refusal.Reason.ROWS_AT_MOST, REVENUE_ACCOUNTS));
        Map<String, RevenueAccount> kept = new TreeMap<>();
        for (Map.Entry<String, RevenueAccount> entry : given.entrySet()) {
            String key = entry.getKey() == null ? "" : entry.getKey().strip();
            InvalidInputException.require(RATE_KEY.matcher(key).matches(), "revenueAccounts",
                    "A revenue account's tax rate is a percentage from 0 to 100 with at most 2 decimals, e.g. 19, was: " + key,
                    Refusal.of(Refusal.Reason.TAX_RATE, key));
            String rate = new java.math.BigDecimal(key).stripTrailingZeros().toPlainString();
            RevenueAccount account = Objects.requireNonNull(entry.getValue(), "revenue account");
            requireLedger(account.account(), length, "The revenue account of " + rate + " %", Refusal.Reason.REVENUE_ACCOUNT_DIGITS, rate);
            InvalidInputException.require(account.buKey().isEmpty() || BU_KEY.matcher(account.buKey()).matches(), "revenueAccounts",
                    "The BU key of " + rate + " % has 1 to 4 digits, or is empty for an automatic account", Refusal.of(Refusal.Reason.BU_KEY, rate));
            if (!account.taxAccount().isEmpty()) {
                requireLedger(account.taxAccount(), length, "The tax account of " + rate + " %", Refusal.Reason.TAX_ACCOUNT_DIGITS, rate);
            }
            InvalidInputException.require(kept.put(rate, account) == null, "revenueAccounts", "The tax rate " + rate + " % is given twice",
                    Refusal.of(Refusal.Reason.GIVEN_TWICE, rate + " %"));
        }
        return Map.copyOf(kept);
    }

    private static Map<String, String> debtorAccounts(Map<String, String> accounts, int length) {
        Map<String, String> given = accounts == null ? Map.of() : accounts;
        InvalidInputException.require(given.size() <= DEBTOR_ACCOUNTS, "debtorAccounts", "At most " + DEBTOR_ACCOUNTS
                + " client accounts have a debtor account of their own", Refusal.of(Refusal.Reason.ROWS_AT_MOST, DEBTOR_ACCOUNTS));
        Map<String, String> kept = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : new TreeMap<>(given).entrySet()) {
            InvalidInputException.require(entry.getKey() != null && ACCOUNT_KEY.matcher(entry.getKey()).matches(), "debtorAccounts",
                    "A debtor account is given for a client account key (2 to 20 capital letters, digits or _), was: " + entry.getKey(),
                    Refusal.of(Refusal.Reason.CLIENT_ACCOUNT_KEY, String.valueOf(entry.getKey())));
            requireDebtor(entry.getValue(), length, "debtorAccounts");
            kept.put(entry.getKey(), entry.getValue());
        }
        return Map.copyOf(kept);
    }

    private static List<JournalColumn> journalColumns(List<JournalColumn> columns) {
        InvalidInputException.require(columns != null && !columns.isEmpty() && columns.size() <= JournalField.values().length, "journalColumns",
                "The journal has 1 to " + JournalField.values().length + " columns", columns == null || columns.isEmpty()
                        ? Refusal.of(Refusal.Reason.REQUIRED) : Refusal.of(Refusal.Reason.ROWS_AT_MOST, JournalField.values().length));
        Set<JournalField> fields = EnumSet.noneOf(JournalField.class);
        Set<String> headings = new HashSet<>();
        for (JournalColumn column : columns) {
            InvalidInputException.require(column != null && column.field() != null, "journalColumns", "Each journal column names its field",
                    Refusal.of(Refusal.Reason.REQUIRED));
            InvalidInputException.require(fields.add(column.field()), "journalColumns", "The field " + column.field() + " is shown twice",
                    Refusal.of(Refusal.Reason.GIVEN_TWICE, column.field()));
            InvalidInputException.require(!column.heading().isEmpty() && column.heading().length() <= JOURNAL_HEADING, "journalColumns",
                    "A journal column's heading has 1 to " + JOURNAL_HEADING + " characters", column.heading().isEmpty()
                            ? Refusal.of(Refusal.Reason.REQUIRED) : Refusal.of(Refusal.Reason.TOO_LONG, JOURNAL_HEADING));
            PlainText.require(column.heading(), "journalColumns");
            InvalidInputException.require(column.heading().indexOf('\n') < 0 && column.heading().indexOf('\r') < 0 && column.heading().indexOf('\t') < 0,
                    "journalColumns", "A journal column's heading is one line");
            InvalidInputException.require(headings.add(column.heading().toLowerCase(java.util.Locale.ROOT)), "journalColumns",
                    "The heading " + column.heading() + " is given twice",
                    Refusal.of(Refusal.Reason.GIVEN_TWICE, column.heading()));
        }
        InvalidInputException.require(fields.contains(JournalField.DOCUMENT) && fields.contains(JournalField.ACCOUNT)
                        && (fields.contains(JournalField.AMOUNT) || fields.contains(JournalField.DEBIT) && fields.contains(JournalField.CREDIT)),
                "journalColumns", "The journal needs the DOCUMENT and ACCOUNT columns and either AMOUNT or both DEBIT and CREDIT",
                Refusal.of(Refusal.Reason.JOURNAL_COLUMNS));
        return List.copyOf(columns);
    }

    private static void requireLedger(String account, int length, String what, Refusal.Reason reason, String rate) {
        InvalidInputException.require(account != null && account.length() == length && account.chars().allMatch(Character::isDigit), "revenueAccounts",
                what + " has exactly " + length + " digits (the G/L account length), was: " + account, Refusal.of(reason, rate, length));
    }

    private static void requireDebtor(String account, int length, String field) {
        InvalidInputException.require(account != null && account.length() == length + 1 && account.chars().allMatch(Character::isDigit)
                        && account.charAt(0) != '0', field,
                "A debtor account has " + (length + 1) + " digits (one more than the G/L account length), not starting with 0, was: " + account,
                Refusal.of(Refusal.Reason.DEBTOR_DIGITS, length + 1));
    }
}
