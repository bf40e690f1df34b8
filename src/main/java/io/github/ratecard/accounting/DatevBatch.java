package io.github.ratecard.accounting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.Currency;
import java.util.Objects;

/**
 * The header of one DATEV booking batch: whose books (consultant and client number), the fiscal year the period lies
 * in, the account length and chart, the period, the batch's currency and when the file was made. A batch never spans
 * two fiscal years: its bookings' dates carry no year (DATEV's Belegdatum is day and month).
 */
public record DatevBatch(int consultantNumber, int clientNumber, LocalDate fiscalYearStart, int accountLength, String skr, LocalDate from,
                         LocalDate to, Currency currency, LocalDateTime createdAt) {

    public DatevBatch {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isBefore(fiscalYearStart) || !to.isBefore(fiscalYearStart.plusYears(1)) || to.isBefore(from)) {
            throw new IllegalArgumentException("A DATEV batch lies in one fiscal year");
        }
    }

    /** The first day of the fiscal year (starting in {@code startMonth}) that {@code day} lies in. */
    public static LocalDate fiscalYearOf(LocalDate day, Month startMonth) {
        LocalDate start = LocalDate.of(day.getYear(), startMonth, 1);
        return start.isAfter(day) ? start.minusYears(1) : start;
    }

    /** "Ratecard 2026-11-01–2026-11-30" cut to the header's 30 characters. */
    public String label() {
        String label = "Ratecard " + from + " " + to;
        return label.length() > 30 ? label.substring(0, 30) : label;
    }

    public String fileName() {
        return "EXTF_Buchungsstapel_" + from.toString().replace("-", "") + "_" + to.toString().replace("-", "") + ".csv";
    }
}
