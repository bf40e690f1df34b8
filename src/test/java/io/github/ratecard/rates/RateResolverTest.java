package io.github.ratecard.rates;

import static io.github.ratecard.rates.RateFixtures.EUR;
import static io.github.ratecard.rates.RateFixtures.JPY;
import static io.github.ratecard.rates.RateFixtures.USD;
import static io.github.ratecard.rates.RateFixtures.assignment;
import static io.github.ratecard.rates.RateFixtures.day;
import static io.github.ratecard.rates.RateFixtures.rate;
import static org.junit.Assert.assertEquals;

import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * Which rule wins, row by row. The rate card: a global default, two level rates, a user rate for
 * February; for the ACME account (EUR) a price change on 1 March, a rate for level 2 and one for
 * Ana from June; for project 200 (billed to GLOBEX in USD) user, level and default rates;
 * project 100 has a EUR default; the closed OLDCO account (JPY) has a rate from 2025.
 * Ana is promoted from level 1 to level 2 on 15 March; Cleo is level 1; Ben has no level.
 */
@RunWith(Parameterized.class)
public class RateResolverTest {

    private static final long L1 = 1;
    private static final long L2 = 2;
    private static final RateBook BOOK = new InMemoryRateBook(List.of(
            rate(RateScope.global()).amount("20", EUR).build(),
            rate(RateScope.level(L1)).amount("25", EUR).build(),
            rate(RateScope.level(L2)).amount("32", EUR).build(),
            rate(RateScope.user("cleo")).amount("40", EUR).from("2026-02-01").to("2026-02-28").build(),
            rate(RateScope.accountUser("ACME", "ana")).amount("90", EUR).from("2026-06-01").build(),
            rate(RateScope.accountLevel("ACME", L2)).amount("80", EUR).build(),
            rate(RateScope.account("ACME")).amount("60", EUR).to("2026-02-28").build(),
            rate(RateScope.account("ACME")).amount("65", EUR).from("2026-03-01").build(),
            rate(RateScope.projectUser(200, "ben")).amount("50", USD).build(),
            rate(RateScope.projectLevel(200, L1)).amount("45", USD).build(),
            rate(RateScope.project(200)).amount("40", USD).build(),
            rate(RateScope.project(100)).amount("55", EUR).build(),
            rate(RateScope.account("OLDCO")).amount("5000", JPY).from("2025-01-01").build()),
            List.of(assignment("ana", L1, "2025-01-01", "2026-03-14"),
                    assignment("ana", L2, "2026-03-15", null),
                    assignment("cleo", L1, "2025-01-01", null)));

    @Parameters(name = "{0}")
    public static Collection<Object[]> rows() {
        return Arrays.asList(new Object[][] {
            // why,                                              user,   project, account, day,          cost,            bill
            {"user cost rate beats level and global",            "cleo", null, null,     "2026-02-10", "USER 40",       "MISSING"},
            {"user cost rate on its last day",                   "cleo", null, null,     "2026-02-28", "USER 40",       "MISSING"},
            {"day after the user rate ends: level rate",         "cleo", null, null,     "2026-03-01", "LEVEL 25",      "MISSING"},
            {"no level and no user rate: global default",        "ben",  null, null,     "2026-04-01", "GLOBAL 20",     "MISSING"},
            {"level change mid-month: last day at level 1",      "ana",  null, null,     "2026-03-14", "LEVEL 25",      "MISSING"},
            {"level change mid-month: first day at level 2",     "ana",  null, null,     "2026-03-15", "LEVEL 32",      "MISSING"},
            {"before any cost rate: missing, never zero",        "cleo", null, null,     "2025-12-31", "MISSING",       "MISSING"},
            {"account + user wins from its first day",           "ana",  100L, "ACME",   "2026-06-01", "LEVEL 32",      "ACCOUNT_USER 90"},
            {"day before account + user: account + level",       "ana",  100L, "ACME",   "2026-05-31", "LEVEL 32",      "ACCOUNT_LEVEL 80"},
            {"level 1 has no account rate: account default",     "ana",  100L, "ACME",   "2026-03-14", "LEVEL 25",      "ACCOUNT 65"},
            {"account default before its price change",          "cleo", 100L, "ACME",   "2026-02-28", "USER 40",       "ACCOUNT 60"},
            {"account default on the day of its price change",   "cleo", 100L, "ACME",   "2026-03-01", "LEVEL 25",      "ACCOUNT 65"},
            {"account default beats the project default",        "ben",  100L, "ACME",   "2026-04-01", "GLOBAL 20",     "ACCOUNT 65"},
            {"no account rate: project + user",                  "ben",  200L, "GLOBEX", "2026-04-01", "GLOBAL 20",     "PROJECT_USER 50"},
            {"no account rate: project + level",                 "cleo", 200L, "GLOBEX", "2026-04-01", "LEVEL 25",      "PROJECT_LEVEL 45"},
            {"no account rate: project default",                 "ana",  200L, "GLOBEX", "2026-04-01", "LEVEL 32",      "PROJECT 40"},
            {"project rate in another currency does not count",  "cleo", 100L, "GLOBEX", "2026-04-01", "LEVEL 25",      "MISSING"},
            {"work without an account: project default",         "ben",  100L, null,     "2026-04-01", "GLOBAL 20",     "PROJECT 55"},
            {"closed account still prices the days its rate covers", "ben", null, "OLDCO", "2025-06-01", "MISSING",     "ACCOUNT 5000"},
        });
    }

    private final String user;
    private final Long project;
    private final String account;
    private final String day;
    private final String expectedCost;
    private final String expectedBill;

    public RateResolverTest(String why, String user, Long project, String account, String day, String cost, String bill) {
        this.user = user;
        this.project = project;
        this.account = account;
        this.day = day;
        this.expectedCost = cost;
        this.expectedBill = bill;
    }

    @Test
    public void resolve_shouldPickTheRuleOfTheRow() {
        RateResolver.Resolution resolution = new RateResolver(BOOK).resolve(
                new RateQuery(user, project, account, currencyOf(account), day(day)));

        assertEquals("cost", expectedCost, summary(resolution.cost()));
        assertEquals("bill", expectedBill, summary(resolution.bill()));
    }

    private static Currency currencyOf(String account) {
        if (account == null) {
            return null;
        }
        return switch (account) {
            case "ACME" -> EUR;
            case "GLOBEX" -> USD;
            default -> JPY;
        };
    }

    private static String summary(RateResolution resolution) {
        if (resolution instanceof ResolvedRate resolved) {
            return resolved.rate().scope().kind() + " " + resolved.rate().hourly().amount().stripTrailingZeros().toPlainString();
        }
        return "MISSING";
    }
}
