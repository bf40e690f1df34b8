package io.github.ratecard.capacity;

import static io.github.ratecard.capacity.CapacityFixtures.day;
import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/** Which rule decides a person's expected hours of a day, row by row (the story is in {@link CapacityFixtures}). */
@RunWith(Parameterized.class)
public class CapacityRulesTest {

    private static final CapacityRules RULES = new CapacityRules(CapacityFixtures.story());

    @Parameters(name = "{0}")
    public static Collection<Object[]> rows() {
        return Arrays.asList(new Object[][] {
            // why,                                                  user,    day,          hours
            {"level 1 default on a working day",                     "ana",  "2026-10-14", "8"},
            {"promotion day: level 2's hours",                       "ana",  "2026-10-15", "7.5"},
            {"level 2's hours changed the next day",                 "ana",  "2026-10-16", "6"},
            {"Saturday is not a working day",                        "ana",  "2026-10-17", "0"},
            {"Sunday is not a working day",                          "ana",  "2026-10-18", "0"},
            {"German holiday: nothing for the site's country",       "ana",  "2026-05-14", "0"},
            {"British holiday does not touch Germany",               "ana",  "2026-05-04", "8"},
            {"own hours beat the level's, from their first day",     "pia",  "2026-10-12", "4"},
            {"the day before own hours: the level's",                "pia",  "2026-10-09", "8"},
            {"a holiday beats own hours",                            "pia",  "2026-05-25", "0"},
            {"no level and no own hours: the site's default",        "ben",  "2026-10-14", "8"},
            {"own country: British holiday",                         "ben",  "2026-05-04", "0"},
            {"own country: German holiday is a working day",         "ben",  "2026-05-14", "8"},
            {"full-day absence",                                     "cleo", "2026-10-06", "0"},
            {"half-day absence: half of the level's hours",          "cleo", "2026-10-07", "3.75"},
            {"day after the absence",                                "cleo", "2026-10-08", "7.5"},
            {"unknown person: the site's default",                   "zoe",  "2026-10-14", "8"},
            {"unknown person on the site country's holiday",         "zoe",  "2026-05-01", "0"},
            {"leaver's last day: the level's hours",                 "leo",  "2026-10-16", "8"},
            {"the Monday after leaving: nothing",                    "leo",  "2026-10-19", "0"},
            {"a year after leaving: nothing, not the site's default", "leo", "2027-10-19", "0"},
            {"before the first day: nothing, not the site's default", "nia", "2026-10-16", "0"},
            {"first day: own hours",                                 "nia",  "2026-10-19", "6"},
            {"before the first level: nothing",                      "ana",  "2025-12-31", "0"},
        });
    }

    private final String user;
    private final String day;
    private final String hours;

    public CapacityRulesTest(String why, String user, String day, String hours) {
        this.user = user;
        this.day = day;
        this.hours = hours;
    }

    @Test
    public void expectedHours() {
        long seconds = RULES.expectedOn(user, day(day));

        assertEquals(0, new BigDecimal(hours).compareTo(BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600))));
    }
}
