package io.github.ratecard.rates;

import static io.github.ratecard.rates.RateFixtures.EUR;
import static io.github.ratecard.rates.RateFixtures.day;
import static io.github.ratecard.rates.RateFixtures.rate;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class RateResolutionTest {

    @Test
    public void resolvedRate_shouldSayWhichRuleWonAndSinceWhen() {
        RateBook book = new InMemoryRateBook(List.of(rate(RateScope.account("ACME")).amount("65", EUR).from("2026-03-01").build()), List.of());

        RateResolution bill = new RateResolver(book).resolve(new RateQuery("ana", null, "ACME", EUR, day("2026-04-01"))).bill();

        assertEquals("account default since 2026-03-01", bill.describe());
    }

    @Test
    public void missingRate_shouldCarryWhatWasLookedFor() {
        RateResolver.Resolution resolution = new RateResolver(new InMemoryRateBook(List.of(), List.of()))
                .resolve(new RateQuery("ana", 7L, "ACME", EUR, day("2026-04-01")));

        MissingRate bill = (MissingRate) resolution.bill();
        assertEquals(List.of(RateScope.accountUser("ACME", "ana"), RateScope.account("ACME"),
                RateScope.projectUser(7, "ana"), RateScope.project(7)), bill.lookedFor());
        assertTrue(bill.describe(), bill.describe().startsWith("no bill rate on 2026-04-01"));
        assertTrue(resolution.cost().isMissing());
        assertEquals(Optional.empty(), resolution.levelId());
    }
}
