package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.capacity.Absence;
import io.github.ratecard.capacity.CapacityFacts;
import io.github.ratecard.capacity.CapacitySettings;
import io.github.ratecard.capacity.CapacityStore;
import io.github.ratecard.capacity.ExpectedHours;
import io.github.ratecard.capacity.Holiday;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.rates.EffectivePeriod;
import io.github.ratecard.rates.LevelAssignment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.Query;

/**
 * The capacity calendar in RC_CAP_HOURS, RC_HOLIDAY, RC_USER_COUNTRY and RC_ABSENCE, and its settings in RC_SETTING.
 * {@link #factsFor} reads with six statements for every {@value #IN_LIST} people, whatever the number of days; it reads each
 * person's own hours and staff levels of all time (a few rows each), since days outside all of them expect nothing.
 */
public class AoCapacityStore implements CapacityStore {

    static final int IN_LIST = 500;

    private final ActiveObjects ao;
    private final AoCapacitySettings settings;

    public AoCapacityStore(ActiveObjects ao) {
        this.ao = ao;
        this.settings = new AoCapacitySettings(ao);
    }

    @Override
    public CapacityFacts factsFor(Collection<String> userKeys, DateRange days) {
        CapacitySettings site = settings.read();
        Map<Integer, ExpectedHours> hours = new LinkedHashMap<>();
        Map<String, List<LevelAssignment>> levels = new HashMap<>();
        Map<String, String> countries = new HashMap<>();
        Map<String, List<Absence>> absences = new HashMap<>();
        List<String> users = new ArrayList<>(new java.util.LinkedHashSet<>(userKeys));
        for (int from = 0; from < users.size(); from += IN_LIST) {
            List<String> chunk = users.subList(from, Math.min(users.size(), from + IN_LIST));
            for (CapacityHoursEntity row : ao.find(CapacityHoursEntity.class, Query.select().where(
                    CapacityHoursEntity.USER_KEY + Sql.in(chunk.size()) + " OR (" + CapacityHoursEntity.LEVEL_ID + " IS NOT NULL AND "
                            + overlapping(CapacityHoursEntity.VALID_FROM_DAY, CapacityHoursEntity.VALID_TO_DAY) + ")", withRange(chunk, days)))) {
                hours.put(row.getID(), hours(row));
            }
            for (LevelAssignmentEntity row : ao.find(LevelAssignmentEntity.class, Query.select().where(
                    LevelAssignmentEntity.USER_KEY + Sql.in(chunk.size()), chunk.toArray()))) {
                levels.computeIfAbsent(row.getUserKey(), user -> new ArrayList<>()).add(new LevelAssignment(row.getID(), row.getUserKey(),
                        row.getLevelId(), Days.period(row.getValidFromDay(), row.getValidToDay())));
            }
            for (UserCountryEntity row : ao.find(UserCountryEntity.class, Query.select().where(
                    UserCountryEntity.USER_KEY + Sql.in(chunk.size()), chunk.toArray()))) {
                countries.put(row.getUserKey(), row.getCountry());
            }
            for (AbsenceEntity row : ao.find(AbsenceEntity.class, Query.select().where(AbsenceEntity.USER_KEY + Sql.in(chunk.size())
                    + " AND " + AbsenceEntity.FIRST_DAY + " <= ? AND " + AbsenceEntity.LAST_DAY + " >= ?", withRange(chunk, days)))) {
                absences.computeIfAbsent(row.getUserKey(), user -> new ArrayList<>()).add(absence(row));
            }
        }
        Map<String, Set<LocalDate>> holidays = holidays(null, days).stream().collect(Collectors.groupingBy(Holiday::country,
                Collectors.mapping(Holiday::day, Collectors.toSet())));
        return new CapacityFacts(site, new ArrayList<>(hours.values()), levels, countries, holidays, absences);
    }

    @Override
    public CapacitySettings settings() {
        return settings.read();
    }

    @Override
    public void saveSettings(CapacitySettings changed) {
        settings.write(changed);
    }

    @Override
    public List<ExpectedHours> levelHours() {
        return hoursWhere(CapacityHoursEntity.LEVEL_ID + " IS NOT NULL", CapacityHoursEntity.LEVEL_ID);
    }

    @Override
    public List<ExpectedHours> userHours() {
        return hoursWhere(CapacityHoursEntity.USER_KEY + " IS NOT NULL", CapacityHoursEntity.USER_KEY);
    }

    @Override
    public List<ExpectedHours> hoursOfLevel(long levelId) {
        return hoursWhere(CapacityHoursEntity.LEVEL_ID + " = ?", CapacityHoursEntity.LEVEL_ID, levelId);
    }

    @Override
    public List<ExpectedHours> hoursOfUser(String userKey) {
        return hoursWhere(CapacityHoursEntity.USER_KEY + " = ?", CapacityHoursEntity.USER_KEY, userKey);
    }

    @Override
    public Optional<ExpectedHours> hours(long id) {
        return Optional.ofNullable(ao.get(CapacityHoursEntity.class, (int) id)).map(AoCapacityStore::hours);
    }

    @Override
    public long insert(ExpectedHours hours) {
        Map<String, Object> row = new HashMap<>();
        if (hours.isLevelDefault()) {
            row.put(CapacityHoursEntity.LEVEL_ID, hours.levelId());
        } else {
            row.put(CapacityHoursEntity.USER_KEY, hours.userKey());
        }
        row.put(CapacityHoursEntity.SECONDS_PER_DAY, hours.secondsPerDay());
        row.put(CapacityHoursEntity.VALID_FROM_DAY, hours.period().validFrom().toEpochDay());
        row.put(CapacityHoursEntity.VALID_TO_DAY, Days.toDay(hours.period()));
        return ao.create(CapacityHoursEntity.class, row).getID();
    }

    @Override
    public void updatePeriod(long hoursId, EffectivePeriod period) {
        CapacityHoursEntity entity = ao.get(CapacityHoursEntity.class, (int) hoursId);
        entity.setValidFromDay(period.validFrom().toEpochDay());
        entity.setValidToDay(Days.toDay(period));
        entity.save();
    }

    @Override
    public void deleteHours(long hoursId) {
        ao.deleteWithSQL(CapacityHoursEntity.class, "ID = ?", (int) hoursId);
    }

    @Override
    public Map<String, String> countries() {
        Map<String, String> countries = new java.util.TreeMap<>();
        for (UserCountryEntity row : ao.find(UserCountryEntity.class, Query.select().order(UserCountryEntity.USER_KEY))) {
            countries.put(row.getUserKey(), row.getCountry());
        }
        return countries;
    }

    @Override
    public void setCountry(String userKey, String country) {
        UserCountryEntity[] found = ao.find(UserCountryEntity.class, Query.select().where(UserCountryEntity.USER_KEY + " = ?", userKey));
        if (country == null) {
            ao.deleteWithSQL(UserCountryEntity.class, UserCountryEntity.USER_KEY + " = ?", userKey);
        } else if (found.length == 0) {
            ao.create(UserCountryEntity.class, Map.of(UserCountryEntity.USER_KEY, userKey, UserCountryEntity.COUNTRY, country));
        } else {
            found[0].setCountry(country);
            found[0].save();
        }
    }

    @Override
    public List<Holiday> holidays(String country, DateRange days) {
        String where = HolidayEntity.HOLIDAY_DAY + " >= ? AND " + HolidayEntity.HOLIDAY_DAY + " <= ?";
        Object[] parameters = {days.first().toEpochDay(), days.last().toEpochDay()};
        if (country != null) {
            where += " AND " + HolidayEntity.COUNTRY + " = ?";
            parameters = new Object[] {parameters[0], parameters[1], country};
        }
        return Arrays.stream(ao.find(HolidayEntity.class, Query.select().where(where, parameters)
                        .order(HolidayEntity.HOLIDAY_DAY + ", " + HolidayEntity.COUNTRY)))
                .map(row -> new Holiday(row.getCountry(), LocalDate.ofEpochDay(row.getHolidayDay()), row.getName()))
                .collect(Collectors.toList());
    }

    @Override
    public boolean putHoliday(Holiday holiday) {
        String key = holiday.country() + ":" + holiday.day();
        HolidayEntity[] found = ao.find(HolidayEntity.class, Query.select().where(HolidayEntity.COUNTRY_DAY + " = ?", key));
        if (found.length > 0) {
            found[0].setName(holiday.name());
            found[0].save();
            return false;
        }
        ao.create(HolidayEntity.class, Map.of(HolidayEntity.COUNTRY, holiday.country(), HolidayEntity.HOLIDAY_DAY, holiday.day().toEpochDay(),
                HolidayEntity.NAME, holiday.name(), HolidayEntity.COUNTRY_DAY, key));
        return true;
    }

    @Override
    public boolean deleteHoliday(String country, LocalDate day) {
        return ao.deleteWithSQL(HolidayEntity.class, HolidayEntity.COUNTRY_DAY + " = ?", country + ":" + day) > 0;
    }

    @Override
    public List<Absence> absences(String userKey, DateRange days) {
        String where = AbsenceEntity.FIRST_DAY + " <= ? AND " + AbsenceEntity.LAST_DAY + " >= ?";
        Object[] parameters = {days.last().toEpochDay(), days.first().toEpochDay()};
        if (userKey != null) {
            where += " AND " + AbsenceEntity.USER_KEY + " = ?";
            parameters = new Object[] {parameters[0], parameters[1], userKey};
        }
        return Arrays.stream(ao.find(AbsenceEntity.class, Query.select().where(where, parameters)))
                .map(AoCapacityStore::absence)
                .sorted(Comparator.comparing((Absence a) -> a.days().first()).thenComparing(Absence::userKey).thenComparing(Absence::id))
                .collect(Collectors.toList());
    }

    @Override
    public Optional<Absence> absence(long id) {
        return Optional.ofNullable(ao.get(AbsenceEntity.class, (int) id)).map(AoCapacityStore::absence);
    }

    @Override
    public long insert(Absence absence) {
        Map<String, Object> row = new HashMap<>();
        row.put(AbsenceEntity.USER_KEY, absence.userKey());
        row.put(AbsenceEntity.FIRST_DAY, absence.days().first().toEpochDay());
        row.put(AbsenceEntity.LAST_DAY, absence.days().last().toEpochDay());
        row.put(AbsenceEntity.HALF_DAY, absence.halfDay());
        row.put(AbsenceEntity.REASON, absence.reason());
        return ao.create(AbsenceEntity.class, row).getID();
    }

    @Override
    public void deleteAbsence(long id) {
        ao.deleteWithSQL(AbsenceEntity.class, "ID = ?", (int) id);
    }

    private List<ExpectedHours> hoursWhere(String where, String firstOrder, Object... parameters) {
        return Arrays.stream(ao.find(CapacityHoursEntity.class, Query.select().where(where, parameters)
                        .order(firstOrder + ", " + CapacityHoursEntity.VALID_FROM_DAY)))
                .map(AoCapacityStore::hours).collect(Collectors.toList());
    }

    /** The period columns overlap the range given by the last two parameters (last day, then first day). */
    private static String overlapping(String fromColumn, String toColumn) {
        return fromColumn + " <= ? AND (" + toColumn + " IS NULL OR " + toColumn + " >= ?)";
    }

    private static Object[] withRange(List<String> chunk, DateRange days) {
        List<Object> parameters = new ArrayList<>(chunk);
        parameters.add(days.last().toEpochDay());
        parameters.add(days.first().toEpochDay());
        return parameters.toArray();
    }

    private static ExpectedHours hours(CapacityHoursEntity row) {
        return new ExpectedHours(row.getID(), row.getLevelId(), row.getUserKey(), row.getSecondsPerDay(),
                Days.period(row.getValidFromDay(), row.getValidToDay()));
    }

    private static Absence absence(AbsenceEntity row) {
        return new Absence(row.getID(), row.getUserKey(), new DateRange(LocalDate.ofEpochDay(row.getFirstDay()), LocalDate.ofEpochDay(row.getLastDay())),
                row.isHalfDay(), row.getReason());
    }
}
