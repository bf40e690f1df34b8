package io.github.ratecard.rest;

import io.github.ratecard.domain.Refusal;
import io.github.ratecard.domain.BusinessDates;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.PlainText;
import io.github.ratecard.money.AmountLimits;
import io.github.ratecard.money.Currencies;
import io.github.ratecard.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Locale;

/** Reads request values, naming the field when one is missing or malformed. */
final class Inputs {

    private Inputs() {
    }

    /**
     * The request's body, required; every text in it, nested ones and those in lists included,
     * holds only characters {@link PlainText} allows (else 400 naming the field, e.g.
     * {@code periodAmounts[0].from}).
     */
    static <T> T body(T body) {
        InvalidInputException.require(body != null, "body", "A JSON body is required", Refusal.of(Refusal.Reason.REQUIRED));
        requirePlainTexts(body, "");
        return body;
    }

    private static void requirePlainTexts(Object value, String field) {
        if (value instanceof String text) {
            PlainText.require(text, field);
        } else if (value instanceof java.util.List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                requirePlainTexts(list.get(i), field + "[" + i + "]");
            }
        } else if (value instanceof Record record) {
            for (java.lang.reflect.RecordComponent component : record.getClass().getRecordComponents()) {
                requirePlainTexts(component(record, component), field.isEmpty() ? component.getName() : field + "." + component.getName());
            }
        }
    }

    private static Object component(Record record, java.lang.reflect.RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of " + record.getClass().getSimpleName(), e);
        }
    }

    static String required(String value, String field) {
        InvalidInputException.require(value != null && !value.isBlank(), field, field + " is required", Refusal.of(Refusal.Reason.REQUIRED));
        return value.trim();
    }

    /**
     * A yes/no query parameter: exactly {@code true} or {@code false}, absent meaning false; anything
     * else ({@code 1}, {@code yes}, {@code on}) is refused rather than read as false.
     */
    static boolean flag(String value, String field) {
        if (value == null || value.equals("false")) {
            return false;
        }
        InvalidInputException.require(value.equals("true"), field, field + " must be true or false, was: " + value,
                Refusal.of(Refusal.Reason.NOT_ONE_OF, "[true, false]"));
        return true;
    }

    /** A date such as 2026-03-01 within {@link BusinessDates}; null when not given. */
    static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return BusinessDates.require(LocalDate.parse(value.trim()), field);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + " must be a date such as 2026-03-01, was: " + value, Refusal.of(Refusal.Reason.NOT_A_DATE, value));
        }
    }

    static LocalDate requiredDate(String value, String field) {
        LocalDate date = date(value, field);
        InvalidInputException.require(date != null, field, field + " is required, e.g. 2026-03-01", Refusal.of(Refusal.Reason.REQUIRED));
        return date;
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, field + " must be one of " + java.util.Arrays.toString(type.getEnumConstants()) + ", was: " + value,
                    Refusal.of(Refusal.Reason.NOT_ONE_OF, java.util.Arrays.toString(type.getEnumConstants())));
        }
    }

    static <E extends Enum<E>> E requiredEnum(Class<E> type, String value, String field) {
        E parsed = enumValue(type, value, field);
        InvalidInputException.require(parsed != null, field, field + " is required: one of " + java.util.Arrays.toString(type.getEnumConstants()), Refusal.of(Refusal.Reason.REQUIRED));
        return parsed;
    }

    /**
     * An amount such as 1234.56 in the currency; more fraction digits than the currency has are
     * refused, not rounded, and so is an amount beyond {@link AmountLimits}.
     */
    static Money money(String value, String currency, String field) {
        String amount = required(value, field);
        Currency parsed = currency(currency, "currency");
        try {
            BigDecimal decimal = new BigDecimal(amount);
            InvalidInputException.require(decimal.stripTrailingZeros().scale() <= Math.max(0, parsed.getDefaultFractionDigits()), field,
                    field + " has more decimals than " + parsed.getCurrencyCode() + " allows: " + amount,
                    Refusal.of(Refusal.Reason.TOO_MANY_DECIMALS, Math.max(0, parsed.getDefaultFractionDigits())));
            AmountLimits.require(decimal, parsed, field);
            return Money.parse(amount, parsed.getCurrencyCode());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, field + " must be a decimal number such as 1234.56, was: " + amount, Refusal.of(Refusal.Reason.NOT_A_NUMBER, amount));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }

    /** As {@link #money}, but a negative amount (a discount) is allowed too. */
    static Money signedMoney(String value, String currency, String field) {
        String amount = required(value, field);
        boolean negative = amount.startsWith("-");
        Money money = money(negative ? amount.substring(1) : amount, currency, field);
        return negative ? money.negate() : money;
    }

    /** An ISO 4217 code such as EUR of a currency that has minor units (not gold, XAU, say). */
    static Currency currency(String value, String field) {
        String code = required(value, field).toUpperCase(Locale.ROOT);
        try {
            return Currencies.of(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, field + " must be an ISO 4217 code of money such as EUR: " + e.getMessage());
        }
    }

    /** A percentage such as 12.5; null when not given. */
    static BigDecimal percent(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, field + " must be a number such as 12.5, was: " + value, Refusal.of(Refusal.Reason.NOT_A_NUMBER, value));
        }
    }
}
