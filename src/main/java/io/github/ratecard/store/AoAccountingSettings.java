package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.accounting.AccountingSettings;
import io.github.ratecard.accounting.AccountingSettingsStore;
import io.github.ratecard.accounting.JournalColumn;
import io.github.ratecard.accounting.JournalField;
import io.github.ratecard.accounting.RevenueAccount;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.java.ao.Query;

/**
 * The accounting settings as rows of RC_SETTING named {@code accounting.*}: one per plain setting, one per tax rate's
 * revenue account, per client account's debtor account and per journal column (each value well within the column's
 * 255 characters). No such row: the defaults. Saving replaces every row.
 */
public class AoAccountingSettings implements AccountingSettingsStore {

    static final String PREFIX = "accounting.";
    private static final String CONSULTANT = PREFIX + "consultantNumber";
    private static final String CLIENT = PREFIX + "clientNumber";
    private static final String FISCAL_YEAR = PREFIX + "fiscalYearStart";
    private static final String LENGTH = PREFIX + "accountLength";
    private static final String SKR = PREFIX + "skr";
    private static final String DEFAULT_DEBTOR = PREFIX + "defaultDebtorAccount";
    private static final String REVENUE = PREFIX + "revenue.";
    private static final String DEBTOR = PREFIX + "debtor.";
    private static final String COLUMN = PREFIX + "journal.";

    private final ActiveObjects ao;

    public AoAccountingSettings(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public AccountingSettings load() {
        Map<String, String> rows = new HashMap<>();
        for (SettingEntity row : ao.find(SettingEntity.class, Query.select().where(SettingEntity.SETTING_NAME + " LIKE ?", PREFIX + "%"))) {
            rows.put(row.getSettingName(), row.getSettingValue() == null ? "" : row.getSettingValue());
        }
        if (!rows.containsKey(SKR)) {
            return AccountingSettings.defaults();
        }
        Map<String, RevenueAccount> revenue = new LinkedHashMap<>();
        Map<String, String> debtors = new LinkedHashMap<>();
        Map<Integer, JournalColumn> columns = new TreeMap<>();
        rows.forEach((name, value) -> {
            if (name.startsWith(REVENUE)) {
                String[] parts = value.split(";", -1);
                revenue.put(name.substring(REVENUE.length()), new RevenueAccount(parts[0], parts.length > 1 ? parts[1] : "", parts.length > 2 ? parts[2] : ""));
            } else if (name.startsWith(DEBTOR)) {
                debtors.put(name.substring(DEBTOR.length()), value);
            } else if (name.startsWith(COLUMN)) {
                int split = value.indexOf('=');
                columns.put(Integer.parseInt(name.substring(COLUMN.length())), new JournalColumn(JournalField.valueOf(value.substring(0, split)),
                        value.substring(split + 1)));
            }
        });
        return new AccountingSettings(number(rows.get(CONSULTANT)), number(rows.get(CLIENT)), Month.of(Integer.parseInt(rows.get(FISCAL_YEAR))),
                Integer.parseInt(rows.get(LENGTH)), rows.get(SKR), revenue, rows.get(DEFAULT_DEBTOR), debtors, new ArrayList<>(columns.values()));
    }

    @Override
    public void save(AccountingSettings settings) {
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(SettingEntity.class, SettingEntity.SETTING_NAME + " LIKE ?", PREFIX + "%");
            if (settings.consultantNumber() != null) {
                put(CONSULTANT, settings.consultantNumber().toString());
            }
            if (settings.clientNumber() != null) {
                put(CLIENT, settings.clientNumber().toString());
            }
            put(FISCAL_YEAR, String.valueOf(settings.fiscalYearStart().getValue()));
            put(LENGTH, String.valueOf(settings.accountLength()));
            put(SKR, settings.skr());
            put(DEFAULT_DEBTOR, settings.defaultDebtorAccount());
            settings.revenueAccounts().forEach((rate, account) -> put(REVENUE + rate, account.account() + ";" + account.buKey() + ";" + account.taxAccount()));
            settings.debtorAccounts().forEach((accountKey, account) -> put(DEBTOR + accountKey, account));
            List<JournalColumn> columns = settings.journalColumns();
            for (int i = 0; i < columns.size(); i++) {
                put(COLUMN + i, columns.get(i).field().name() + "=" + columns.get(i).heading());
            }
            return null;
        });
    }

    private void put(String name, String value) {
        ao.create(SettingEntity.class, Map.of(SettingEntity.SETTING_NAME, name, SettingEntity.SETTING_VALUE, value));
    }

    private static Integer number(String value) {
        return value == null || value.isEmpty() ? null : Integer.valueOf(value);
    }
}
