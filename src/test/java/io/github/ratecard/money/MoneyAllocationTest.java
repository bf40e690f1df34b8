package io.github.ratecard.money;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import org.junit.Test;

/**
 * {@link Money#allocate} gives the same parts as the rule it documents, applied one minor unit at a time: each part the truncated
 * share, then each unit left over to the part with the largest remainder not served yet, the earliest on a tie (written out
 * below in {@link #oneUnitAtATime}); for random amounts of either sign, tied weights, zero weights and amounts whose products
 * with the weights do not fit in a {@code long}.
 */
public class MoneyAllocationTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    public void allocate_shouldGiveThePartsOfTheLargestRemainderRuleOneUnitAtATime() {
        Random random = new Random(8);
        for (int run = 0; run < 5_000; run++) {
            long total = random.nextInt(3) == 0 ? -random.nextInt(1_000_000) : random.nextInt(1_000_000);
            long[] weights = weights(random, 1 + random.nextInt(40), 1 + random.nextInt(random.nextBoolean() ? 5 : 100_000));

            assertEquals("total " + total, oneUnitAtATime(total, weights), minorUnits(Money.ofMinor(total, EUR).allocate(weights)));
        }
    }

    @Test
    public void allocate_shouldGiveTheSamePartsWhenTheProductsExceedALong() {
        Random random = new Random(9);
        for (int run = 0; run < 500; run++) {
            long total = (random.nextBoolean() ? 1 : -1) * (Long.MAX_VALUE / 4 - random.nextInt(1_000));
            long[] weights = weights(random, 2 + random.nextInt(20), 1_000_000);

            assertEquals("total " + total, oneUnitAtATime(total, weights), minorUnits(Money.ofMinor(total, EUR).allocate(weights)));
        }
    }

    @Test
    public void allocate_shouldServeTiedRemaindersEarliestFirst() {
        assertEquals(List.of(34L, 33L, 33L), minorUnits(Money.ofMinor(100, EUR).allocate(1, 1, 1)));
        assertEquals(List.of(-34L, -33L, -33L), minorUnits(Money.ofMinor(-100, EUR).allocate(1, 1, 1)));
    }

    private static long[] weights(Random random, int size, int bound) {
        long[] weights = new long[size];
        for (int i = 0; i < size; i++) {
            weights[i] = random.nextInt(6) == 0 ? 0 : random.nextInt(bound);
        }
        weights[random.nextInt(size)] += 1;
        return weights;
    }

    /** The rule as the documentation states it, one unit at a time, in BigDecimal. */
    private static List<Long> oneUnitAtATime(long total, long[] weights) {
        BigDecimal totalWeight = BigDecimal.ZERO;
        for (long weight : weights) {
            totalWeight = totalWeight.add(BigDecimal.valueOf(weight));
        }
        long[] shares = new long[weights.length];
        BigDecimal[] remainders = new BigDecimal[weights.length];
        long allocated = 0;
        for (int i = 0; i < weights.length; i++) {
            BigDecimal[] division = BigDecimal.valueOf(total).multiply(BigDecimal.valueOf(weights[i])).divideAndRemainder(totalWeight);
            shares[i] = division[0].longValueExact();
            remainders[i] = division[1].abs();
            allocated += shares[i];
        }
        long leftOver = total - allocated;
        for (int given = 0; given < Math.abs(leftOver); given++) {
            int best = 0;
            for (int i = 1; i < remainders.length; i++) {
                if (remainders[i].compareTo(remainders[best]) > 0) {
                    best = i;
                }
            }
            shares[best] += Long.signum(leftOver);
            remainders[best] = BigDecimal.valueOf(-1);
        }
        List<Long> parts = new ArrayList<>();
        for (long share : shares) {
            parts.add(share);
        }
        return parts;
    }

    private static List<Long> minorUnits(List<Money> parts) {
        return parts.stream().map(Money::minorUnits).toList();
    }
}
