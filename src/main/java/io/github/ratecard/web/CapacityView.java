package io.github.ratecard.web;

import java.util.List;

/**
 * Finance's Capacity page: the site's settings, the expected hours of each staff level and of people with their own,
 * people's countries, the public holidays and the absences of the year shown. Rows carry, as their id, the REST path
 * (under {@code capacity/}) that deletes them; every text is plain and escaped by the template.
 */
public final class CapacityView {

    private final String year;
    private final String previous;
    private final String next;
    private final Settings settings;
    private final List<FieldOption> levels;
    private final List<PageRow> levelHours;
    private final List<PageRow> userHours;
    private final List<PageRow> countries;
    private final List<PageRow> holidays;
    private final List<PageRow> absences;

    public CapacityView(String year, String previous, String next, Settings settings, List<FieldOption> levels, List<PageRow> levelHours,
                        List<PageRow> userHours, List<PageRow> countries, List<PageRow> holidays, List<PageRow> absences) {
        this.year = year;
        this.previous = previous;
        this.next = next;
        this.settings = settings;
        this.levels = List.copyOf(levels);
        this.levelHours = List.copyOf(levelHours);
        this.userHours = List.copyOf(userHours);
        this.countries = List.copyOf(countries);
        this.holidays = List.copyOf(holidays);
        this.absences = List.copyOf(absences);
    }

    /** The year whose holidays and absences are listed, e.g. {@code 2026}. */
    public String getYear() {
        return year;
    }

    /** The query of the year before, e.g. {@code ?year=2025}. */
    public String getPrevious() {
        return previous;
    }

    public String getNext() {
        return next;
    }

    public Settings getSettings() {
        return settings;
    }

    /** Every active staff level: value its id, label its name. */
    public List<FieldOption> getLevels() {
        return levels;
    }

    /** id {@code hours/7}; label the level; cells hours per day, from, to. */
    public List<PageRow> getLevelHours() {
        return levelHours;
    }

    /** id {@code hours/8}; label the person; cells hours per day, from, to. */
    public List<PageRow> getUserHours() {
        return userHours;
    }

    /** id the user key; label the person; cells the country. */
    public List<PageRow> getCountries() {
        return countries;
    }

    /** id {@code holidays/DE/2026-10-03}; label the day; cells country, name. */
    public List<PageRow> getHolidays() {
        return holidays;
    }

    /** id {@code absences/4}; label the person; cells first day, last day, full or half day, reason. */
    public List<PageRow> getAbsences() {
        return absences;
    }

    /** The site's settings as the settings form shows them. */
    public static final class Settings {

        private final String hoursPerDay;
        private final List<FieldOption> weekdays;
        private final String defaultCountry;

        public Settings(String hoursPerDay, List<FieldOption> weekdays, String defaultCountry) {
            this.hoursPerDay = hoursPerDay;
            this.weekdays = List.copyOf(weekdays);
            this.defaultCountry = defaultCountry;
        }

        /** In the viewer's locale, e.g. {@code 7,5}. */
        public String getHoursPerDay() {
            return hoursPerDay;
        }

        /** Monday to Sunday: value {@code MONDAY}, label the day's name, selected when a working day. */
        public List<FieldOption> getWeekdays() {
            return weekdays;
        }

        public String getDefaultCountry() {
            return defaultCountry;
        }
    }
}
