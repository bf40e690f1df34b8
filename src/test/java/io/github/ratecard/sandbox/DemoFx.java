package io.github.ratecard.sandbox;

import io.github.ratecard.app.ExchangeRateService;
import io.github.ratecard.fx.CurrencyPair;
import io.github.ratecard.fx.ExchangeRate;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The demo story's exchange rates, imported through the app's service as the ECB's reference rates would be: EUR/USD,
 * EUR/GBP and EUR/JPY on each TARGET working day of 2026 up to 4 December (no rate on weekends, on New Year's Day, Good
 * Friday, Easter Monday and 1 May, so those days show the last earlier rate). The figures drift on a made-up, repeatable
 * wave around 1.16 USD, 0.87 GBP and 176 JPY per euro.
 */
final class DemoFx {

    static final LocalDate FIRST = LocalDate.of(2026, 1, 1);
    static final LocalDate LAST = LocalDate.of(2026, 12, 4);
    static final String SOURCE = "ECB (demo)";
    private static final Set<LocalDate> CLOSED = Set.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6),
            LocalDate.of(2026, 5, 1));

    private final ExchangeRateService rates;

    DemoFx(SandboxApp app) {
        this.rates = app.bean(ExchangeRateService.class);
    }

    void seed() {
        List<ExchangeRate> table = new ArrayList<>();
        int index = 0;
        for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY || CLOSED.contains(day)) {
                continue;
            }
            int wave = Math.abs(index++ % 60 - 30) - 15;
            table.add(rate("USD", day, new BigDecimal("1.1600").add(new BigDecimal("0.0010").multiply(BigDecimal.valueOf(wave)))));
            table.add(rate("GBP", day, new BigDecimal("0.8700").add(new BigDecimal("0.0005").multiply(BigDecimal.valueOf(wave)))));
            table.add(rate("JPY", day, new BigDecimal("176.00").add(new BigDecimal("0.20").multiply(BigDecimal.valueOf(wave)))));
        }
        rates.importRates(table, "ECB");
    }

    private static ExchangeRate rate(String quote, LocalDate day, BigDecimal rate) {
        return new ExchangeRate(CurrencyPair.of("EUR", quote), day, rate, SOURCE);
    }
}
