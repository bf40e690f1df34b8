package io.github.ratecard.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.domain.ConflictException;
import io.github.ratecard.rates.EffectivePeriod;
import io.github.ratecard.rates.HourlyRate;
import io.github.ratecard.rates.RateScope;
import io.github.ratecard.testing.kits.RateCardKit;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import org.junit.After;
import org.junit.Test;

public class SettingsServiceTest {

    private final RateCardKit kit = new RateCardKit();
    private final SettingsService target = new SettingsService(kit.settings, kit.settings, kit.rates, kit.audit, kit.transactions, kit.repricing::add);

    @After
    public void tearDown() {
        kit.close();
    }

    @Test
    public void change_shouldStoreAndAuditTheNewSettings() {
        target.change(Currency.getInstance("USD"), ZoneId.of("Asia/Tokyo"));

        assertEquals(Currency.getInstance("USD"), kit.settings.baseCurrency());
        assertEquals(ZoneId.of("Asia/Tokyo"), kit.settings.reportingZone());
        String after = kit.audit.recent("settings", 1).get(0).afterJson();
        assertTrue(after, after.contains("\"baseCurrency\":\"USD\"") && after.contains("\"reportingZone\":\"Asia/Tokyo\""));
    }

    @Test
    public void baseCurrency_shouldNotChangeOnceCostRatesExistAndNothingElseShouldChangeEither() {
        kit.rateService.add(RateScope.global(), HourlyRate.parse("20", "EUR"), EffectivePeriod.from(LocalDate.parse("2026-01-01")));
        int auditRows = kit.auditRows();

        assertThrows(ConflictException.class, () -> target.change(Currency.getInstance("USD"), ZoneId.of("Asia/Tokyo")));

        assertEquals(Currency.getInstance("EUR"), kit.settings.baseCurrency());
        assertEquals(ZoneId.of("UTC"), kit.settings.reportingZone());
        assertEquals(auditRows, kit.auditRows());
    }

    @Test
    public void unchangedSettings_shouldWriteNoAuditEntry() {
        target.change(Currency.getInstance("EUR"), null);

        assertTrue(kit.audit.recent("settings", 1).isEmpty());
    }
}
