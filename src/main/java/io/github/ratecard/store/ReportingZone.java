package io.github.ratecard.store;

import io.github.ratecard.domain.Settings;
import java.time.ZoneId;
import java.util.function.Supplier;

/** The reporting time zone as the settings say now (wired where a supplier is wanted). */
public class ReportingZone implements Supplier<ZoneId> {

    private final Settings settings;

    public ReportingZone(Settings settings) {
        this.settings = settings;
    }

    @Override
    public ZoneId get() {
        return settings.reportingZone();
    }
}
