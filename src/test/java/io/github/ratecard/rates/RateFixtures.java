package io.github.ratecard.rates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.concurrent.atomic.AtomicLong;

/** Small builders for rates and assignments in tests. */
final class RateFixtures {

    static final Currency EUR = Currency.getInstance("EUR");
    static final Currency USD = Currency.getInstance("USD");
    static final Currency JPY = Currency.getInstance("JPY");
    private static final AtomicLong IDS = new AtomicLong(1000);

    private RateFixtures() {
    }

    static RateBuilder rate(RateScope scope) {
        return new RateBuilder(scope);
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    static LevelAssignment assignment(String user, long level, String from, String to) {
        return new LevelAssignment(IDS.incrementAndGet(), user, level,
                new EffectivePeriod(day(from), to == null ? null : day(to)));
    }

    static final class RateBuilder {
        private final RateScope scope;
        private String amount = "10";
        private Currency currency = EUR;
        private LocalDate from = LocalDate.of(2026, 1, 1);
        private LocalDate to;
        private long id = IDS.incrementAndGet();

        RateBuilder(RateScope scope) {
            this.scope = scope;
        }

        RateBuilder amount(String value, Currency in) {
            this.amount = value;
            this.currency = in;
            return this;
        }

        RateBuilder from(String iso) {
            this.from = day(iso);
            return this;
        }

        RateBuilder to(String iso) {
            this.to = day(iso);
            return this;
        }

        RateBuilder id(long value) {
            this.id = value;
            return this;
        }

        Rate build() {
            return new Rate(id, scope, new HourlyRate(new BigDecimal(amount), currency), new EffectivePeriod(from, to));
        }
    }
}
