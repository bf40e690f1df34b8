package io.github.ratecard.insight.hints;

import io.github.ratecard.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One figure of a finding, kept typed so each viewer sees it in their own locale: an amount (value in
 * minor units, with its currency), worked time (seconds), a percent, a count, a month, a day, or a text
 * (names, keys) shown as it is.
 */
public record Figure(Kind kind, String value, String currency) {

    /** USER, PROJECT and ACCOUNT name a user key, project id or account key, shown by its name; USERS lists user keys, comma-separated. */
    public enum Kind { MONEY, SECONDS, PERCENT, COUNT, MONTH, DAY, TEXT, USER, USERS, PROJECT, ACCOUNT }

    public Figure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        if (kind == Kind.MONEY != (currency != null)) {
            throw new IllegalArgumentException("Only an amount has a currency, and it always has one");
        }
    }

    public static Figure money(Money money) {
        return new Figure(Kind.MONEY, Long.toString(money.minorUnits()), money.currency().getCurrencyCode());
    }

    public static Figure seconds(long seconds) {
        return new Figure(Kind.SECONDS, Long.toString(seconds), null);
    }

    public static Figure percent(BigDecimal percent) {
        return new Figure(Kind.PERCENT, percent.toPlainString(), null);
    }

    public static Figure count(long count) {
        return new Figure(Kind.COUNT, Long.toString(count), null);
    }

    public static Figure month(YearMonth month) {
        return new Figure(Kind.MONTH, month.toString(), null);
    }

    public static Figure day(LocalDate day) {
        return new Figure(Kind.DAY, day.toString(), null);
    }

    public static Figure text(String text) {
        return new Figure(Kind.TEXT, text, null);
    }

    public static Figure user(String userKey) {
        return new Figure(Kind.USER, userKey, null);
    }

    public static Figure users(java.util.Collection<String> userKeys) {
        return new Figure(Kind.USERS, String.join(",", userKeys), null);
    }

    public static Figure project(long projectId) {
        return new Figure(Kind.PROJECT, Long.toString(projectId), null);
    }

    public static Figure account(String accountKey) {
        return new Figure(Kind.ACCOUNT, accountKey, null);
    }

    public Money asMoney() {
        return Money.ofMinor(Long.parseLong(value), currency);
    }
}
