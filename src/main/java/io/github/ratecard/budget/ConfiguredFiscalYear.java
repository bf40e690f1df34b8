package io.github.ratecard.budget;

import io.github.ratecard.domain.Settings;
import java.util.function.Supplier;

/** The fiscal year as finance set it, read each time so that every node of a cluster follows a change at once. */
public final class ConfiguredFiscalYear implements Supplier<FiscalYear> {

    private final Settings settings;

    public ConfiguredFiscalYear(Settings settings) {
        this.settings = settings;
    }

    @Override
    public FiscalYear get() {
        return new FiscalYear(settings.fiscalYearStart());
    }
}
