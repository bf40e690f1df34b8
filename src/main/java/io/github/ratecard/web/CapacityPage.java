package io.github.ratecard.web;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.ratecard.app.CapacityService;
import io.github.ratecard.capacity.Absence;
import io.github.ratecard.capacity.CapacitySettings;
import io.github.ratecard.capacity.ExpectedHours;
import io.github.ratecard.capacity.Holiday;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.domain.UserDirectory;
import io.github.ratecard.domain.UserRef;
import io.github.ratecard.rates.LevelStore;
import io.github.ratecard.rates.StaffLevel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Builds finance's Capacity page from the calendar's stored entries, formatted for the viewer. */
public final class CapacityPage {

    private final CapacityService capacity;
    private final LevelStore levels;
    private final UserDirectory users;
    private final I18nResolver i18n;
    private final Supplier<Locale> locale;
    private final Clock clock;

    public CapacityPage(CapacityService capacity, LevelStore levels, UserDirectory users, I18nResolver i18n, Supplier<Locale> locale, Clock clock) {
        this.capacity = capacity;
        this.levels = levels;
        this.users = users;
        this.i18n = i18n;
        this.locale = locale;
        this.clock = clock;
    }

    /** The page with the holidays and absences of {@code year}; this year when not given. */
    public CapacityView viewOf(Integer year) {
        Locale viewer = locale.get();
        ViewerFormat format = new ViewerFormat(i18n, viewer);
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        DateRange days = new DateRange(LocalDate.of(shown, 1, 1), LocalDate.of(shown, 12, 31));
        Map<Long, String> levelNames = levels.levels().stream().collect(Collectors.toMap(StaffLevel::id, StaffLevel::name));
        List<FieldOption> levelOptions = levels.levels().stream().filter(StaffLevel::active)
                .map(level -> new FieldOption(Long.toString(level.id()), level.name(), false)).toList();
        List<PageRow> levelHours = new ArrayList<>();
        for (ExpectedHours hours : capacity.levelHours()) {
            levelHours.add(hoursRow(hours, levelNames.getOrDefault(hours.levelId(), "#" + hours.levelId()), format));
        }
        List<PageRow> userHours = new ArrayList<>();
        for (ExpectedHours hours : capacity.userHours()) {
            userHours.add(hoursRow(hours, name(hours.userKey()), format));
        }
        List<PageRow> countries = capacity.countries().entrySet().stream()
                .map(entry -> new PageRow(entry.getKey(), name(entry.getKey()), List.of(entry.getValue()), "", null)).toList();
        List<PageRow> holidays = new ArrayList<>();
        for (Holiday holiday : capacity.holidays(null, days)) {
            holidays.add(new PageRow("holidays/" + holiday.country() + "/" + holiday.day(), format.date(holiday.day()),
                    List.of(holiday.country(), holiday.name()), "", null));
        }
        List<PageRow> absences = new ArrayList<>();
        for (Absence absence : capacity.absences(null, days)) {
            absences.add(new PageRow("absences/" + absence.id(), name(absence.userKey()), List.of(format.date(absence.days().first()),
                    format.date(absence.days().last()), format.text(absence.halfDay() ? "ratecard.capacity.halfDay" : "ratecard.capacity.fullDay"),
                    absence.reason()), "", null));
        }
        return new CapacityView(Integer.toString(shown), "?year=" + (shown - 1), "?year=" + (shown + 1), settings(format, viewer), levelOptions,
                levelHours, userHours, countries, holidays, absences);
    }

    private CapacityView.Settings settings(ViewerFormat format, Locale viewer) {
        CapacitySettings settings = capacity.settings();
        List<FieldOption> weekdays = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            weekdays.add(new FieldOption(day.name(), day.getDisplayName(TextStyle.FULL, viewer), settings.workingDays().contains(day)));
        }
        return new CapacityView.Settings(hours(settings.defaultSecondsPerDay(), format), weekdays, settings.country().orElse(""));
    }

    private PageRow hoursRow(ExpectedHours hours, String label, ViewerFormat format) {
        return new PageRow("hours/" + hours.id(), label, List.of(hours(hours.secondsPerDay(), format), format.date(hours.period().validFrom()),
                hours.period().end().map(format::date).orElse(format.text("ratecard.capacity.open"))), "", null);
    }

    private static String hours(long seconds, ViewerFormat format) {
        return format.decimals(0, 2).format(BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP));
    }

    private String name(String userKey) {
        return users.byKey(userKey).map(UserRef::displayName).orElse(userKey);
    }
}
