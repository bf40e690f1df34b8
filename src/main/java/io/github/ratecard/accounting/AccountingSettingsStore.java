package io.github.ratecard.accounting;

/** Where finance's accounting settings are kept; the defaults until they are changed. */
public interface AccountingSettingsStore {

    AccountingSettings load();

    void save(AccountingSettings settings);
}
