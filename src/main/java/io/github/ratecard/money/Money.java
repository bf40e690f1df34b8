package io.github.ratecard.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * An exact amount of money: whole minor units (cents, yen, fils) of one ISO-4217 currency.
 * Built from minor units, decimal strings or {@link BigDecimal}, never from floating point.
 */
public final class Money implements Comparable<Money> {

    private final long minorUnits;
    private final Currency currency;

    private Money(long minorUnits, Currency currency) {
        this.minorUnits = minorUnits;
        this.currency = Objects.requireNonNull(currency, "currency");
        MoneyRounding.fractionDigits(currency);
    }

    public static Money ofMinor(long minorUnits, Currency currency) {
        return new Money(minorUnits, currency);
    }

    public static Money ofMinor(long minorUnits, String currencyCode) {
        return new Money(minorUnits, Currencies.of(currencyCode));
    }

    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    /**
     * An exact amount in major units, e.g. {@code "12.34"} EUR. More fraction digits than the
     * currency has is an error: use {@link #rounded(BigDecimal, Currency)} to round on purpose.
     */
    public static Money of(BigDecimal amount, Currency currency) {
        Objects.requireNonNull(amount, "amount");
        int digits = MoneyRounding.fractionDigits(currency);
        if (amount.stripTrailingZeros().scale() > digits) {
            throw new IllegalArgumentException("Amount " + amount.toPlainString() + " has more than " + digits
                    + " decimal places for " + currency.getCurrencyCode());
        }
        return new Money(MoneyRounding.toMinorUnits(amount, currency), currency);
    }

    /** Parses a plain decimal such as {@code "-1234.5"}; no grouping separators, no exponent. */
    public static Money parse(String amount, String currencyCode) {
        if (amount == null || !amount.trim().matches("[+-]?\\d+(\\.\\d+)?")) {
            throw new IllegalArgumentException("Amount must be a decimal number such as 1234.56, was: " + amount);
        }
        return of(new BigDecimal(amount.trim()), Currencies.of(currencyCode));
    }

    /** Rounds {@code amount} half-up to the currency's minor units. */
    public static Money rounded(BigDecimal amount, Currency currency) {
        return new Money(MoneyRounding.toMinorUnits(amount, currency), currency);
    }

    /** The sum of {@code amounts}, all in {@code currency}; zero when there are none. */
    public static Money sum(Currency currency, Iterable<Money> amounts) {
        Money total = zero(currency);
        for (Money amount : amounts) {
            total = total.plus(amount);
        }
        return total;
    }

    public long minorUnits() {
        return minorUnits;
    }

    public Currency currency() {
        return currency;
    }

    /** The amount in major units with exactly the currency's number of fraction digits. */
    public BigDecimal toDecimal() {
        return BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits());
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(minorUnits, other.minorUnits), currency);
    }

    public Money negate() {
        return new Money(Math.negateExact(minorUnits), currency);
    }

    /** This amount multiplied by {@code factor}, rounded once, half-up. */
    public Money times(BigDecimal factor) {
        return rounded(toDecimal().multiply(factor), currency);
    }

    public boolean isZero() {
        return minorUnits == 0;
    }

    public boolean isNegative() {
        return minorUnits < 0;
    }

    /**
     * Splits this amount into parts proportional to {@code weights} that add up exactly to it.
     * Minor units left over after the proportional split go one each to the parts with the
     * largest remainders (earlier parts first on a tie).
     */
    public List<Money> allocate(long... weights) {
        if (weights.length == 0) {
            throw new IllegalArgumentException("Allocation needs at least one weight");
        }
        BigDecimal totalWeight = BigDecimal.ZERO;
        for (long weight : weights) {
            if (weight < 0) {
                throw new IllegalArgumentException("Allocation weights must not be negative, was: " + weight);
            }
            totalWeight = totalWeight.add(BigDecimal.valueOf(weight));
        }
        if (totalWeight.signum() == 0) {
            throw new IllegalArgumentException("Allocation weights must not all be zero");
        }
        return new Allocation(minorUnits, weights, totalWeight).parts(currency);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(minorUnits, other.minorUnits);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money && ((Money) o).minorUnits == minorUnits && ((Money) o).currency.equals(currency);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(minorUnits) * 31 + currency.hashCode();
    }

    /** For logs and messages, e.g. {@code 12.34 EUR}; use {@link MoneyFormat} for people. */
    @Override
    public String toString() {
        return toDecimal().toPlainString() + " " + currency.getCurrencyCode();
    }

    /**
     * The parts of an allocation: each the truncated quotient of total × weight ÷ total weight, and the minor units left over one
     * each to the parts with the largest remainders, earlier parts first on a tie (a stable order of the remainders, largest
     * first). Fewer units are left over than there are parts, so no part gets two. In {@code long} arithmetic when the products
     * fit, else in {@link BigDecimal}: the same quotients and remainders either way.
     */
    private static final class Allocation {
        private final long total;
        private final long[] weights;
        private final BigDecimal totalWeight;

        Allocation(long total, long[] weights, BigDecimal totalWeight) {
            this.total = total;
            this.weights = weights;
            this.totalWeight = totalWeight;
        }

        List<Money> parts(Currency currency) {
            long[] shares = new long[weights.length];
            BigDecimal[] remainders = new BigDecimal[weights.length];
            long[] exactRemainders = fitsInLong() ? new long[weights.length] : null;
            long allocated = 0;
            for (int i = 0; i < weights.length; i++) {
                if (exactRemainders != null) {
                    long product = Math.multiplyExact(total, weights[i]);
                    long divisor = totalWeight.longValueExact();
                    shares[i] = product / divisor;
                    exactRemainders[i] = Math.abs(product % divisor);
                } else {
                    BigDecimal[] division = BigDecimal.valueOf(total).multiply(BigDecimal.valueOf(weights[i])).divideAndRemainder(totalWeight);
                    shares[i] = division[0].longValueExact();
                    remainders[i] = division[1].abs();
                }
                allocated += shares[i];
            }
            long leftOver = total - allocated;
            if (leftOver != 0) {
                long step = Long.signum(leftOver);
                Integer[] order = largestRemaindersFirst(remainders, exactRemainders);
                for (int given = 0; given < Math.abs(leftOver); given++) {
                    shares[order[given]] += step;
                }
            }
            List<Money> parts = new ArrayList<>(shares.length);
            for (long share : shares) {
                parts.add(new Money(share, currency));
            }
            return Collections.unmodifiableList(parts);
        }

        /** Whether every product of the total and a weight, and the total weight, fit in a {@code long}. */
        private boolean fitsInLong() {
            if (totalWeight.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0 || total == Long.MIN_VALUE) {
                return false;
            }
            long largest = 0;
            for (long weight : weights) {
                largest = Math.max(largest, weight);
            }
            return largest == 0 || Math.abs(total) <= Long.MAX_VALUE / largest;
        }

        private static Integer[] largestRemaindersFirst(BigDecimal[] remainders, long[] exactRemainders) {
            int size = exactRemainders != null ? exactRemainders.length : remainders.length;
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Comparator<Integer> largestFirst = exactRemainders != null
                    ? Comparator.comparingLong((Integer i) -> exactRemainders[i]).reversed()
                    : Comparator.comparing((Integer i) -> remainders[i]).reversed();
            Arrays.sort(order, largestFirst);
            return order;
        }
    }
}
