package io.github.ratecard.web;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.ratecard.accounting.AccountingExports;
import io.github.ratecard.accounting.AccountingSettings;
import io.github.ratecard.accounting.JournalColumn;
import io.github.ratecard.accounting.JournalField;
import io.github.ratecard.domain.InputLimits;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/** The read model of the accounting settings page: finance's settings as the form shows them, with rows left to fill in. */
public final class AccountingSettingsPage {

    static final int BLANK_REVENUE_ROWS = 2;
    static final int BLANK_DEBTOR_ROWS = 3;

    private final AccountingExports exports;
    private final I18nResolver i18n;
    private final Supplier<Locale> locale;

    public AccountingSettingsPage(AccountingExports exports, I18nResolver i18n, Supplier<Locale> locale) {
        this.exports = exports;
        this.i18n = i18n;
        this.locale = locale;
    }

    /** The settings as stored now; {@code saved} when finance has just saved them. */
    public AccountingSettingsView viewOf(boolean saved) {
        AccountingSettings settings = exports.settings();
        ViewerFormat format = new ViewerFormat(i18n, locale.get());
        List<Choice> months = new ArrayList<>();
        for (Month month : Month.values()) {
            months.add(new Choice(String.valueOf(month.getValue()), month.getDisplayName(TextStyle.FULL_STANDALONE, locale.get()),
                    month == settings.fiscalYearStart()));
        }
        List<Choice> lengths = IntStream.rangeClosed(InputLimits.ACCOUNT_LENGTH_MIN, InputLimits.ACCOUNT_LENGTH)
                .mapToObj(length -> new Choice(String.valueOf(length), String.valueOf(length), length == settings.accountLength())).toList();
        List<Choice> charts = List.of("03", "04").stream()
                .map(skr -> new Choice(skr, format.text("ratecard.accounting.settings.skr." + skr), skr.equals(settings.skr()))).toList();
        List<RevenueAccountRow> revenue = new ArrayList<>(settings.revenueAccounts().entrySet().stream()
                .sorted(Map.Entry.comparingByKey((a, b) -> new java.math.BigDecimal(b).compareTo(new java.math.BigDecimal(a))))
                .map(e -> new RevenueAccountRow(e.getKey(), e.getValue().account(), e.getValue().buKey(), e.getValue().taxAccount())).toList());
        revenue.addAll(Collections.nCopies(BLANK_REVENUE_ROWS, RevenueAccountRow.BLANK));
        List<DebtorAccountRow> debtors = new ArrayList<>(settings.debtorAccounts().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new DebtorAccountRow(e.getKey(), e.getValue())).toList());
        debtors.addAll(Collections.nCopies(BLANK_DEBTOR_ROWS, DebtorAccountRow.BLANK));
        return new AccountingSettingsView(number(settings.consultantNumber()), number(settings.clientNumber()), months, lengths, charts, revenue,
                settings.defaultDebtorAccount(), debtors, journal(settings.journalColumns(), format), settings.datevReady(), saved);
    }

    /** The journal's columns in their order, then the fields it leaves out under their usual headings. */
    private static List<JournalColumnRow> journal(List<JournalColumn> columns, ViewerFormat format) {
        List<JournalColumnRow> rows = new ArrayList<>();
        Set<JournalField> shown = EnumSet.noneOf(JournalField.class);
        for (JournalColumn column : columns) {
            shown.add(column.field());
            rows.add(new JournalColumnRow(column.field().name(), fieldLabel(column.field(), format), column.heading(), true,
                    String.valueOf(rows.size() + 1)));
        }
        for (JournalField field : JournalField.values()) {
            if (!shown.contains(field)) {
                rows.add(new JournalColumnRow(field.name(), fieldLabel(field, format), field.defaultHeading(), false, ""));
            }
        }
        return rows;
    }

    private static String fieldLabel(JournalField field, ViewerFormat format) {
        return format.text("ratecard.accounting.settings.field." + field.name());
    }

    private static String number(Integer value) {
        return value == null ? "" : String.valueOf(value);
    }
}
