package io.github.ratecard.invoice;

import io.github.ratecard.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * How a document was issued: under which number of its sequence, dated which day, when and by
 * whom; and, when finance entered an exchange rate, its total in the base currency
 * ({@code baseTotal} = total × rate, rounded once).
 */
public record Issuance(String number, LocalDate date, Instant at, String by, Optional<BaseTotal> base) {

    public Issuance {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(base, "base");
    }

    /** The exchange rate finance entered and the total it gives in the base currency. */
    public record BaseTotal(BigDecimal exchangeRate, Money amount) {
    }
}
