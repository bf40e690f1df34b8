package io.github.ratecard.contract;

import io.github.ratecard.domain.DateRange;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** When the instalments of a fixed fee fall due: on their date, or on the day their milestone issue was resolved. */
public final class FixedFeeSchedule {

    private FixedFeeSchedule() {
    }

    /** The issue keys the schedule waits for. */
    public static List<String> milestones(FixedFee fee) {
        return fee.schedule().stream().map(Instalment::due).filter(InstalmentDue.OnMilestone.class::isInstance)
                .map(due -> ((InstalmentDue.OnMilestone) due).issueKey()).distinct().toList();
    }

    /** The day the instalment falls due, given the resolution days of milestones; empty for an unresolved milestone. */
    public static Optional<LocalDate> dueOn(Instalment instalment, Map<String, LocalDate> resolved) {
        if (instalment.due() instanceof InstalmentDue.OnDate onDate) {
            return Optional.of(onDate.date());
        }
        return Optional.ofNullable(resolved.get(((InstalmentDue.OnMilestone) instalment.due()).issueKey()));
    }

    /** Every instalment with its due day and whether it is due on {@code today}, in schedule order. */
    public static List<InstalmentStatus> status(YearMonth termsFrom, FixedFee fee, Map<String, LocalDate> resolved, LocalDate today) {
        return fee.schedule().stream().map(instalment -> {
            Optional<LocalDate> dueOn = dueOn(instalment, resolved);
            return new InstalmentStatus(termsFrom, instalment, dueOn, dueOn.map(day -> !day.isAfter(today)).orElse(false));
        }).toList();
    }

    /** The instalments that fall due on a day of {@code days}: the ones an invoice of that period bills. */
    public static List<Instalment> dueIn(FixedFee fee, DateRange days, Map<String, LocalDate> resolved) {
        return fee.schedule().stream().filter(instalment -> dueOn(instalment, resolved).map(days::contains).orElse(false)).toList();
    }
}
