package io.github.ratecard.budget;

import io.github.ratecard.domain.ReportingSettings;
import java.util.function.Supplier;

/** The fiscal year as finance set it, read each time so that every node of a cluster follows a change at once. */
public final class ConfiguredFiscalYear implements Supplier<FiscalYear> {

    private final ReportingSettings settings;

    public ConfiguredFiscalYear(ReportingSettings settings) {
        this.settings = settings;
    }

    @Override
    public FiscalYear get() {
        return new FiscalYear(settings.fiscalYearStart());
    }
}
