package io.github.ratecard.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The work date of an instant in the reporting time zone, the same as
 * {@code instant.atZone(zone).toLocalDate()}, from the zone's offset changes between 1970 and
 * 2100 read once (a binary search instead of a rules look-up per worklog); outside that window
 * it asks the zone's rules.
 */
public final class ReportingCalendar {

    private static final long FIRST = Instant.parse("1970-01-01T00:00:00Z").getEpochSecond();
    private static final long END = Instant.parse("2100-01-01T00:00:00Z").getEpochSecond();
    private static final long SECONDS_PER_DAY = 86_400;
    private static final ConcurrentHashMap<ZoneId, ReportingCalendar> CALENDARS = new ConcurrentHashMap<>();

    private final ZoneId zone;
    /** Instants (epoch seconds) where the offset changes, ascending. */
    private final long[] changes;
    /** {@code offsets[i]} holds before {@code changes[i]} and from {@code changes[i - 1]}. */
    private final int[] offsets;

    private ReportingCalendar(ZoneId zone) {
        this.zone = zone;
        ZoneRules rules = zone.getRules();
        List<ZoneOffsetTransition> transitions = new ArrayList<>();
        ZoneOffsetTransition next = rules.nextTransition(Instant.ofEpochSecond(FIRST - 1));
        while (next != null && next.toEpochSecond() < END) {
            transitions.add(next);
            next = rules.nextTransition(next.getInstant());
        }
        changes = new long[transitions.size()];
        offsets = new int[transitions.size() + 1];
        offsets[0] = rules.getOffset(Instant.ofEpochSecond(FIRST)).getTotalSeconds();
        for (int i = 0; i < transitions.size(); i++) {
            changes[i] = transitions.get(i).toEpochSecond();
            offsets[i + 1] = transitions.get(i).getOffsetAfter().getTotalSeconds();
        }
    }

    public static ReportingCalendar of(ZoneId zone) {
        return CALENDARS.computeIfAbsent(zone, ReportingCalendar::new);
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalDate dayOf(Instant instant) {
        long second = instant.getEpochSecond();
        if (second < FIRST || second >= END) {
            return instant.atZone(zone).toLocalDate();
        }
        int found = Arrays.binarySearch(changes, second);
        int offset = offsets[found >= 0 ? found + 1 : -found - 1];
        return LocalDate.ofEpochDay(Math.floorDiv(second + offset, SECONDS_PER_DAY));
    }
}
