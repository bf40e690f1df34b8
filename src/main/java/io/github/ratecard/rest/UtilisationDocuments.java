package io.github.ratecard.rest;

import io.github.ratecard.insight.utilisation.Percent;
import io.github.ratecard.insight.utilisation.TargetState;
import io.github.ratecard.insight.utilisation.UtilisationReport;
import io.github.ratecard.insight.utilisation.UtilisationRow;
import io.github.ratecard.insight.utilisation.UtilisationTargets;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** The JSON documents of {@code /insights/utilisation}: decimals as strings, hours to two decimals, percentages to one. */
public final class UtilisationDocuments {

    private UtilisationDocuments() {
    }

    /** The report; {@code tolerance} is the percentage points either side of a target that count as on target. */
    public record Report(String from, String to, String by, List<String> groups, String project, String tolerance, List<Row> rows) {

        static Report of(UtilisationReport.Result result) {
            return new Report(result.query().from().toString(), result.query().to().toString(), result.query().by().name().toLowerCase(Locale.ROOT),
                    result.query().groups(), result.query().projectKey(), TargetState.TOLERANCE.toPlainString(),
                    result.rows().stream().map(Row::of).toList());
        }
    }

    /** {@code utilisation}, {@code billableUtilisation} and {@code state} are null without capacity; {@code target} null without one. */
    public record Row(String key, String label, String capacityHours, String loggedHours, String billableHours, String utilisation,
                      String billableUtilisation, String target, String state) {

        static Row of(UtilisationRow row) {
            return new Row(row.key(), row.label(), Percent.hours(row.capacitySeconds()).toPlainString(), Percent.hours(row.loggedSeconds()).toPlainString(),
                    Percent.hours(row.billableSeconds()).toPlainString(), text(row.utilisation()), text(row.billableUtilisation()), text(row.target()),
                    row.state() == null ? null : row.state().name());
        }
    }

    /** A staff level and its billable target (null without one). */
    public record Target(long levelId, String levelName, boolean active, String billablePercent) {

        static Target of(UtilisationTargets.LevelTarget target) {
            return new Target(target.levelId(), target.levelName(), target.active(), text(target.billablePercent()));
        }
    }

    /** The body that sets a level's target: a percentage such as "85" or "72.5". */
    public record TargetBody(String billablePercent) {
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
