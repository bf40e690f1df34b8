package io.github.ratecard.app;

import io.github.ratecard.access.AccessDeniedException;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.approval.TimesheetWork;
import io.github.ratecard.audit.AuditLog;
import io.github.ratecard.capacity.Absence;
import io.github.ratecard.capacity.CapacityCalendar;
import io.github.ratecard.capacity.CapacityLimits;
import io.github.ratecard.capacity.CapacitySettings;
import io.github.ratecard.capacity.CapacityStore;
import io.github.ratecard.capacity.CountryCode;
import io.github.ratecard.capacity.ExpectedHours;
import io.github.ratecard.capacity.Holiday;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.NotFoundException;
import io.github.ratecard.domain.Refusal;
import io.github.ratecard.domain.Transactions;
import io.github.ratecard.domain.UserDirectory;
import io.github.ratecard.rates.EffectiveSchedule;
import io.github.ratecard.rates.LevelStore;
import io.github.ratecard.rates.SchedulePlan;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Finance's capacity calendar: the site's settings, expected hours per staff level and per person, countries, public
 * holidays and absences. Every change is audited and made in one transaction. Reading one person's days is open to
 * that person, to finance, and to the lead of a project the person logged work in during those days.
 */
public final class CapacityService {

    static final String SETTINGS = "capacity-settings";
    static final String HOURS = "capacity-hours";
    static final String COUNTRY = "user-country";
    static final String HOLIDAY = "holiday";
    static final String ABSENCE = "absence";

    private final CapacityStore store;
    private final CapacityCalendar calendar;
    private final LevelStore levels;
    private final UserDirectory users;
    private final TimesheetWork work;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Transactions transactions;

    public CapacityService(CapacityStore store, CapacityCalendar calendar, LevelStore levels, UserDirectory users, TimesheetWork work,
                           AccessPolicy access, AuditLog audit, Transactions transactions) {
        this.store = store;
        this.calendar = calendar;
        this.levels = levels;
        this.users = users;
        this.work = work;
        this.access = access;
        this.audit = audit;
        this.transactions = transactions;
    }

    public CapacitySettings settings() {
        return store.settings();
    }

    public CapacitySettings saveSettings(CapacitySettings changed) {
        return transactions.inTransaction(() -> {
            CapacitySettings before = store.settings();
            store.saveSettings(changed);
            audit.record(SETTINGS, "site", "update", CapacitySnapshots.of(before), CapacitySnapshots.of(changed));
            return changed;
        });
    }

    public List<ExpectedHours> levelHours() {
        return store.levelHours();
    }

    public List<ExpectedHours> userHours() {
        return store.userHours();
    }

    /**
     * Adds expected hours from a day on; an open-ended entry of the same level or person that started earlier ends the
     * day before, any other overlap is refused.
     */
    public ExpectedHours addHours(ExpectedHours hours) {
        if (hours.isLevelDefault()) {
            InvalidInputException.require(levels.level(hours.levelId()).isPresent(), "levelId", "Unknown staff level: " + hours.levelId());
        } else {
            requireUser(hours.userKey());
        }
        return transactions.inTransaction(() -> {
            List<ExpectedHours> existing = hours.isLevelDefault() ? store.hoursOfLevel(hours.levelId()) : store.hoursOfUser(hours.userKey());
            SchedulePlan plan = EffectiveSchedule.plan(existing, hours.period());
            plan.closing().ifPresent(closing -> {
                ExpectedHours before = store.hours(closing.id()).orElseThrow();
                store.updatePeriod(closing.id(), closing.newPeriod());
                audit.record(HOURS, Long.toString(closing.id()), "close", CapacitySnapshots.of(before),
                        CapacitySnapshots.of(before.withPeriod(closing.newPeriod())));
            });
            ExpectedHours stored = hours.withId(store.insert(hours));
            audit.record(HOURS, Long.toString(stored.id()), "create", null, CapacitySnapshots.of(stored));
            return stored;
        });
    }

    public void deleteHours(long id) {
        transactions.inTransaction(() -> {
            ExpectedHours before = store.hours(id).orElseThrow(() -> new NotFoundException("No expected hours " + id));
            store.deleteHours(id);
            audit.record(HOURS, Long.toString(id), "delete", CapacitySnapshots.of(before), null);
            return null;
        });
    }

    public Map<String, String> countries() {
        return store.countries();
    }

    /** Sets the person's country; an empty one removes it, so the site's default country applies. */
    public void setCountry(String userKey, String country) {
        requireUser(userKey);
        String code = country == null || country.isBlank() ? null : CountryCode.of("country", country);
        transactions.inTransaction(() -> {
            String before = store.countries().get(userKey);
            store.setCountry(userKey, code);
            audit.record(COUNTRY, userKey, code == null ? "delete" : "update", before == null ? null : Map.of("country", before),
                    code == null ? null : Map.of("country", code));
            return null;
        });
    }

    public List<Holiday> holidays(String country, DateRange days) {
        return store.holidays(country == null || country.isBlank() ? null : CountryCode.of("country", country), days);
    }

    public boolean putHoliday(Holiday holiday) {
        return transactions.inTransaction(() -> {
            boolean added = store.putHoliday(holiday);
            audit.record(HOLIDAY, holiday.country() + ":" + holiday.day(), added ? "create" : "update", null, CapacitySnapshots.of(holiday));
            return added;
        });
    }

    /** Puts every holiday of an imported file, all or none; answers how many were new. */
    public int importHolidays(List<Holiday> holidays) {
        return transactions.inTransaction(() -> {
            int added = 0;
            for (Holiday holiday : holidays) {
                added += store.putHoliday(holiday) ? 1 : 0;
            }
            audit.record(HOLIDAY, holidays.isEmpty() ? "-" : holidays.get(0).country(), "import", null,
                    Map.of("holidays", holidays.size(), "added", added));
            return added;
        });
    }

    public void deleteHoliday(String country, LocalDate day) {
        String code = CountryCode.of("country", country);
        transactions.inTransaction(() -> {
            if (!store.deleteHoliday(code, day)) {
                throw new NotFoundException("No holiday of " + code + " on " + day);
            }
            audit.record(HOLIDAY, code + ":" + day, "delete", Map.of("country", code, "day", day.toString()), null);
            return null;
        });
    }

    public List<Absence> absences(String userKey, DateRange days) {
        return store.absences(userKey, days);
    }

    public Absence addAbsence(Absence absence) {
        requireUser(absence.userKey());
        return transactions.inTransaction(() -> {
            Absence stored = absence.withId(store.insert(absence));
            audit.record(ABSENCE, Long.toString(stored.id()), "create", null, CapacitySnapshots.of(stored));
            return stored;
        });
    }

    public void deleteAbsence(long id) {
        transactions.inTransaction(() -> {
            Absence before = store.absence(id).orElseThrow(() -> new NotFoundException("No absence " + id));
            store.deleteAbsence(id);
            audit.record(ABSENCE, Long.toString(id), "delete", CapacitySnapshots.of(before), null);
            return null;
        });
    }

    /** The person's expected seconds of each day, for themselves, finance, or a lead of a project they worked in then. */
    public SortedMap<LocalDate, Long> capacityOf(String userKey, DateRange days) {
        access.requireSignedIn();
        InvalidInputException.require(days.days() <= CapacityLimits.RANGE_DAYS, "to", "The range may span at most " + CapacityLimits.RANGE_DAYS + " days",
                Refusal.of(Refusal.Reason.AT_MOST, CapacityLimits.RANGE_DAYS));
        boolean self = access.currentViewer().map(viewer -> viewer.userKey().equals(userKey)).orElse(false);
        if (!self && !access.currentUserIsFinance() && work.projectsOf(userKey, days).stream().noneMatch(access::currentUserLeads)) {
            throw new AccessDeniedException(true, "This needs the Ratecard finance permission or the lead of a project the person worked in");
        }
        if (!self && users.byKey(userKey).isEmpty()) {
            throw new NotFoundException("No user " + userKey);
        }
        return calendar.expectedSeconds(List.of(userKey), days).get(userKey);
    }

    private void requireUser(String userKey) {
        InvalidInputException.require(userKey != null && !userKey.isBlank(), "userKey", "userKey is required", Refusal.of(Refusal.Reason.REQUIRED));
        if (users.byKey(userKey).isEmpty()) {
            throw new InvalidInputException("userKey", "Unknown user: " + userKey);
        }
    }

    /** What the audit log keeps of each kind of entry. */
    static final class CapacitySnapshots {

        private CapacitySnapshots() {
        }

        static Map<String, Object> of(CapacitySettings settings) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("secondsPerDay", settings.defaultSecondsPerDay());
            map.put("workingDays", settings.workingDays().stream().sorted().map(Enum::name).toList());
            map.put("defaultCountry", settings.defaultCountry());
            return map;
        }

        static Map<String, Object> of(ExpectedHours hours) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("id", hours.id());
            map.put("levelId", hours.levelId());
            map.put("userKey", hours.userKey());
            map.put("secondsPerDay", hours.secondsPerDay());
            map.put("validFrom", hours.period().validFrom().toString());
            map.put("validTo", hours.period().end().map(LocalDate::toString).orElse(null));
            return map;
        }

        static Map<String, Object> of(Holiday holiday) {
            return Map.of("country", holiday.country(), "day", holiday.day().toString(), "name", holiday.name());
        }

        static Map<String, Object> of(Absence absence) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("id", absence.id());
            map.put("userKey", absence.userKey());
            map.put("firstDay", absence.days().first().toString());
            map.put("lastDay", absence.days().last().toString());
            map.put("halfDay", absence.halfDay());
            map.put("reason", absence.reason());
            return map;
        }
    }
}
