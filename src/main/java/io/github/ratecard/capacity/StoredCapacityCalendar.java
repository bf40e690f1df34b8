package io.github.ratecard.capacity;

import io.github.ratecard.domain.DateRange;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.SortedMap;

/** The capacity calendar from what finance stored: one read of the facts for all the people, then {@link CapacityRules}. */
public final class StoredCapacityCalendar implements CapacityCalendar {

    private final CapacityStore store;

    public StoredCapacityCalendar(CapacityStore store) {
        this.store = store;
    }

    @Override
    public Map<String, SortedMap<LocalDate, Long>> expectedSeconds(Collection<String> userKeys, DateRange days) {
        Collection<String> users = new LinkedHashSet<>(userKeys);
        Map<String, SortedMap<LocalDate, Long>> result = new LinkedHashMap<>();
        if (users.isEmpty()) {
            return result;
        }
        CapacityRules rules = new CapacityRules(store.factsFor(users, days));
        for (String user : users) {
            result.put(user, rules.daysOf(user, days));
        }
        return result;
    }

    /** As {@link #expectedSeconds} added up per month, without holding each person's days. */
    @Override
    public Map<String, Map<YearMonth, Long>> expectedMonthlySeconds(Collection<String> userKeys, DateRange days) {
        Collection<String> users = new LinkedHashSet<>(userKeys);
        Map<String, Map<YearMonth, Long>> result = new LinkedHashMap<>();
        if (users.isEmpty()) {
            return result;
        }
        CapacityRules rules = new CapacityRules(store.factsFor(users, days));
        for (String user : users) {
            result.put(user, rules.monthsOf(user, days));
        }
        return result;
    }
}
