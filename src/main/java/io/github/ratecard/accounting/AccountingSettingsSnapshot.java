package io.github.ratecard.accounting;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The accounting settings as the audit trail keeps them: flat names and texts. */
final class AccountingSettingsSnapshot {

    private AccountingSettingsSnapshot() {
    }

    static Map<String, Object> of(AccountingSettings settings) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("consultantNumber", settings.consultantNumber());
        snapshot.put("clientNumber", settings.clientNumber());
        snapshot.put("fiscalYearStart", settings.fiscalYearStart().getValue());
        snapshot.put("accountLength", settings.accountLength());
        snapshot.put("skr", settings.skr());
        snapshot.put("revenueAccounts", settings.revenueAccounts().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue().account() + "/" + e.getValue().buKey() + "/" + e.getValue().taxAccount())
                .collect(Collectors.joining(",")));
        snapshot.put("defaultDebtorAccount", settings.defaultDebtorAccount());
        snapshot.put("debtorAccounts", settings.debtorAccounts().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(",")));
        snapshot.put("journalColumns", settings.journalColumns().stream().map(c -> c.field() + ":" + c.heading()).collect(Collectors.joining(",")));
        return snapshot;
    }
}
