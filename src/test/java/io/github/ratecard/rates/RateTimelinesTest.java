package io.github.ratecard.rates;

import static io.github.ratecard.rates.RateFixtures.EUR;
import static io.github.ratecard.rates.RateFixtures.USD;
import static io.github.ratecard.rates.RateFixtures.assignment;
import static io.github.ratecard.rates.RateFixtures.day;
import static io.github.ratecard.rates.RateFixtures.rate;
import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import org.junit.Test;

public class RateTimelinesTest {

    private static final LocalDate FIRST = day("2025-11-01");

    @Test
    public void rateEndingAndPromotion_shouldSwitchOnTheirDays() {
        Rate agentRate = rate(RateScope.level(1)).amount("30", EUR).from("2026-01-01").to("2026-06-30").build();
        Rate laterAgentRate = rate(RateScope.level(1)).amount("33", EUR).from("2026-07-01").build();
        Rate seniorRate = rate(RateScope.level(2)).amount("45", EUR).from("2026-01-01").build();
        RateTimelines timelines = new RateTimelines(new InMemoryRateBook(List.of(agentRate, laterAgentRate, seniorRate),
                List.of(assignment("ana", 1, "2026-01-01", "2026-09-14"), assignment("ana", 2, "2026-09-15", null))));

        assertEquals(agentRate, costOn(timelines, "2026-06-30"));
        assertEquals(laterAgentRate, costOn(timelines, "2026-07-01"));
        assertEquals(laterAgentRate, costOn(timelines, "2026-09-14"));
        assertEquals(seniorRate, costOn(timelines, "2026-09-15"));
    }

    @Test
    public void missingRate_shouldNameTheDayAskedFor() {
        RateTimelines timelines = new RateTimelines(new InMemoryRateBook(List.of(), List.of()));

        RateResolution cost = timelines.resolve(query("ana", 10L, null, null, day("2026-03-17"))).cost();

        assertEquals(new MissingRate(RateType.COST, List.of(RateScope.user("ana"), RateScope.global()), day("2026-03-17")), cost);
    }

    @Test
    public void workWithoutAUser_shouldBePricedAtTheDefaults() {
        Rate global = rate(RateScope.global()).amount("22", EUR).from("2026-01-01").build();
        Rate projectDefault = rate(RateScope.project(10L)).amount("50", EUR).from("2026-01-01").build();
        RateTimelines timelines = new RateTimelines(new InMemoryRateBook(List.of(global, projectDefault), List.of()));

        RateResolver.Resolution unassigned = timelines.resolve(query("", 10L, null, null, day("2026-03-17")));

        assertEquals(new ResolvedRate(global), unassigned.cost());
        assertEquals(new ResolvedRate(projectDefault), unassigned.bill());
    }

    @Test
    public void randomRateCards_shouldResolveExactlyAsTheResolver() {
        Random random = new Random(20261125);
        for (int card = 0; card < 40; card++) {
            RateBook book = randomBook(random);
            RateTimelines timelines = new RateTimelines(book);
            RateResolver resolver = new RateResolver(book);
            for (int i = 0; i < 2000; i++) {
                String account = random.nextInt(4) == 0 ? null : random.nextBoolean() ? "ACME" : "GLOBEX";
                Currency currency = account == null ? null : random.nextBoolean() ? EUR : USD;
                Long project = random.nextInt(5) == 0 ? null : 10L + random.nextInt(2);
                RateQuery query = query("u" + random.nextInt(4), project, account, currency, FIRST.plusDays(random.nextInt(500)));

                assertEquals(query.toString(), resolver.resolve(query), timelines.resolve(query));
            }
        }
    }

    private static Rate costOn(RateTimelines timelines, String day) {
        return ((ResolvedRate) timelines.resolve(query("ana", 10L, null, null, day(day))).cost()).rate();
    }

    private static RateQuery query(String user, Long project, String account, Currency currency, LocalDate day) {
        return new RateQuery(user, project, account, currency, day);
    }

    /** Rates in every kind of scope, each scope with up to three consecutive periods; users with up to three levels in turn. */
    private static RateBook randomBook(Random random) {
        List<RateScope> scopes = new ArrayList<>(List.of(RateScope.global()));
        for (String account : List.of("ACME", "GLOBEX")) {
            scopes.add(RateScope.account(account));
            for (long level = 1; level <= 3; level++) {
                scopes.add(RateScope.accountLevel(account, level));
            }
        }
        for (long project = 10; project <= 11; project++) {
            scopes.add(RateScope.project(project));
            scopes.add(RateScope.projectLevel(project, 1 + random.nextInt(3)));
        }
        for (int u = 0; u < 4; u++) {
            scopes.add(RateScope.user("u" + u));
            scopes.add(RateScope.accountUser(random.nextBoolean() ? "ACME" : "GLOBEX", "u" + u));
            scopes.add(RateScope.projectUser(10L + random.nextInt(2), "u" + u));
        }
        for (long level = 1; level <= 3; level++) {
            scopes.add(RateScope.level(level));
        }
        List<Rate> rates = new ArrayList<>();
        for (RateScope scope : scopes) {
            if (random.nextInt(3) == 0) {
                continue;
            }
            LocalDate from = FIRST.plusDays(random.nextInt(200));
            for (int n = random.nextInt(3) + 1; n > 0; n--) {
                LocalDate to = random.nextBoolean() ? from.plusDays(random.nextInt(120)) : null;
                rates.add(new Rate(rates.size() + 1, scope, new HourlyRate(BigDecimal.valueOf(1000 + random.nextInt(9000), 2),
                        random.nextInt(4) == 0 ? USD : EUR), new EffectivePeriod(from, to)));
                if (to == null) {
                    break;
                }
                from = to.plusDays(1 + random.nextInt(30));
            }
        }
        List<LevelAssignment> assignments = new ArrayList<>();
        for (int u = 0; u < 4; u++) {
            LocalDate from = FIRST.plusDays(random.nextInt(100));
            for (int n = random.nextInt(4); n > 0; n--) {
                LocalDate to = n > 1 ? from.plusDays(random.nextInt(150)) : null;
                assignments.add(new LevelAssignment(assignments.size() + 1, "u" + u, 1 + random.nextInt(3), new EffectivePeriod(from, to)));
                if (to == null) {
                    break;
                }
                from = to.plusDays(1 + random.nextInt(20));
            }
        }
        return new InMemoryRateBook(rates, assignments);
    }
}
