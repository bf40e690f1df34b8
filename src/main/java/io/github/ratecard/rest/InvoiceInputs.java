package io.github.ratecard.rest;

import io.github.ratecard.domain.Refusal;
import io.github.ratecard.domain.BusinessDates;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/** What the invoice and billing-report calls take from their parameters and bodies, checked against the input limits. */
final class InvoiceInputs {

    private InvoiceInputs() {
    }

    /** The days a list filters on: either end may be open. */
    static DateRange billingDays(String from, String to) {
        LocalDate first = from == null || from.isBlank() ? BusinessDates.FIRST : Inputs.requiredDate(from, "from");
        LocalDate last = to == null || to.isBlank() ? BusinessDates.LAST : Inputs.requiredDate(to, "to");
        InvalidInputException.require(!last.isBefore(first), "to", "to must not be before from", Refusal.of(Refusal.Reason.DATE_ORDER));
        return new DateRange(first, last);
    }

    static DateRange period(String from, String to) {
        LocalDate first = Inputs.requiredDate(from, "from");
        LocalDate last = Inputs.requiredDate(to, "to");
        InvalidInputException.require(!last.isBefore(first), "to", "to must not be before from", Refusal.of(Refusal.Reason.DATE_ORDER));
        InvalidInputException.require(first.plusYears(InputLimits.INVOICE_PERIOD_YEARS).isAfter(last), "to", "A period may span at most "
                + InputLimits.INVOICE_PERIOD_YEARS + " years");
        return new DateRange(first, last);
    }

    static List<String> keys(List<String> projectKeys, String field) {
        InputLimits.requireCount(projectKeys, InputLimits.PROJECT_KEYS, field);
        List<String> keys = projectKeys == null ? List.of() : projectKeys.stream().filter(k -> k != null && !k.isBlank())
                .map(k -> k.trim().toUpperCase(Locale.ROOT)).distinct().collect(Collectors.toList());
        InvalidInputException.require(String.join(",", keys).length() <= InputLimits.PROJECT_KEYS_TEXT, field,
                field + " may have at most " + InputLimits.PROJECT_KEYS_TEXT + " characters together, joined with commas");
        return keys;
    }

    static List<Long> ids(List<Long> ids, String field) {
        InputLimits.requireCount(ids, InputLimits.IDS_PER_REQUEST, field);
        return ids == null ? List.of() : ids.stream().filter(Objects::nonNull).distinct().collect(Collectors.toList());
    }

    static BigDecimal rate(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            BigDecimal rate = new BigDecimal(value.trim());
            InvalidInputException.require(rate.signum() > 0 && rate.scale() <= InputLimits.EXCHANGE_RATE_DECIMALS, "exchangeRate",
                    "The exchange rate must be above zero with at most " + InputLimits.EXCHANGE_RATE_DECIMALS + " decimals");
            return rate;
        } catch (NumberFormatException e) {
            throw new InvalidInputException("exchangeRate", "exchangeRate must be a decimal number such as 1.0825, was: " + value);
        }
    }

}
