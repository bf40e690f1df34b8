package io.github.ratecard.web;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.ReportingSettings;
import io.github.ratecard.insight.utilisation.Grouping;
import io.github.ratecard.insight.utilisation.Percent;
import io.github.ratecard.insight.utilisation.TargetState;
import io.github.ratecard.insight.utilisation.UtilisationQuery;
import io.github.ratecard.insight.utilisation.UtilisationReport;
import io.github.ratecard.insight.utilisation.UtilisationRow;
import io.github.ratecard.insight.utilisation.UtilisationTargets;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Builds the Utilisation page from the report: the rows in the viewer's numbers (hours with two
 * decimals, percentages with one), rows under or over target marked, links to the same report as
 * XLSX and CSV in the viewer's language, and the staff levels' targets. A refusal of the filters is
 * shown on the page; one of access (a project the viewer does not lead) is thrown for the 403 page.
 */
public final class UtilisationPage {

    private final UtilisationReport report;
    private final UtilisationTargets targets;
    private final AccessPolicy access;
    private final I18nResolver i18n;
    private final Supplier<Locale> locale;
    private final Clock clock;
    private final ReportingSettings reporting;

    public UtilisationPage(UtilisationReport report, UtilisationTargets targets, AccessPolicy access, I18nResolver i18n, Supplier<Locale> locale,
                           Clock clock, ReportingSettings reporting) {
        this.report = report;
        this.targets = targets;
        this.access = access;
        this.i18n = i18n;
        this.locale = locale;
        this.clock = clock;
        this.reporting = reporting;
    }

    /** {@code groups}: group names separated by commas. */
    public UtilisationView viewOf(String from, String to, String by, String groups, String project, String restBase) {
        Locale viewer = locale.get();
        ViewerFormat format = new ViewerFormat(i18n, viewer);
        List<String> groupNames = groups == null ? List.of() : Arrays.stream(groups.split(",")).map(String::trim).filter(g -> !g.isEmpty()).toList();
        List<UtilisationTargetRow> levels = targets(format);
        boolean finance = access.currentUserIsFinance();
        try {
            UtilisationQuery query = UtilisationQuery.parse(from, to, by, groupNames, project, YearMonth.now(clock.withZone(reporting.reportingZone())));
            UtilisationReport.Result result = report.report(query, format.text("ratecard.utilisation.noLevel"));
            List<UtilisationPageRow> rows = new ArrayList<>();
            for (UtilisationRow row : result.rows()) {
                rows.add(row(row, format, viewer));
            }
            return new UtilisationView(filters(query.from().toString(), query.to().toString(), query.by(), groupNames, query.projectKey(), format),
                    rows, downloads(query, restBase, viewer), levels, finance, note(format, finance), null);
        } catch (InvalidInputException e) {
            return new UtilisationView(filters(blank(from), blank(to), Grouping.PERSON, groupNames, blank(project), format), List.of(), null, levels,
                    finance, note(format, finance), RefusalWords.of(viewer).message(e.field(), e.getMessage(), e.refusal()));
        }
    }

    private UtilisationPageRow row(UtilisationRow row, ViewerFormat format, Locale viewer) {
        NumberFormat hours = format.decimals(2, 2);
        String noCapacity = format.text("ratecard.utilisation.noCapacity");
        TargetState state = row.state();
        return new UtilisationPageRow(row.label(), new UtilisationPageRow.Figures(hours.format(Percent.hours(row.capacitySeconds())),
                hours.format(Percent.hours(row.loggedSeconds())), hours.format(Percent.hours(row.billableSeconds())),
                row.hasCapacity() ? percent(row.utilisation(), format) : noCapacity, row.hasCapacity() ? percent(row.billableUtilisation(), format) : "",
                row.target() == null ? "" : percent(row.target(), format)), state == null ? "" : state.name(),
                state == null ? "" : format.text("ratecard.utilisation.state." + state.name()));
    }

    private static String percent(BigDecimal value, ViewerFormat format) {
        return format.decimals(1, 1).format(value) + " %";
    }

    private List<UtilisationTargetRow> targets(ViewerFormat format) {
        List<UtilisationTargetRow> levels = new ArrayList<>();
        for (UtilisationTargets.LevelTarget target : targets.all()) {
            if (target.active() || target.billablePercent() != null) {
                levels.add(new UtilisationTargetRow(target.levelId(), target.levelName(),
                        target.billablePercent() == null ? "" : format.decimals(0, 1).format(target.billablePercent())));
            }
        }
        return levels;
    }

    private static UtilisationView.Filters filters(String from, String to, Grouping by, List<String> groups, String project, ViewerFormat format) {
        List<FieldOption> groupings = new ArrayList<>();
        for (Grouping grouping : Grouping.values()) {
            String value = grouping.name().toLowerCase(Locale.ROOT);
            groupings.add(new FieldOption(value, format.text("ratecard.utilisation.by." + value), grouping == by));
        }
        return new UtilisationView.Filters(from, to, groupings, String.join(", ", groups), project == null ? "" : project);
    }

    private static UtilisationView.Downloads downloads(UtilisationQuery query, String restBase, Locale viewer) {
        StringBuilder q = new StringBuilder(restBase).append("/insights/utilisation?from=").append(query.from()).append("&to=").append(query.to())
                .append("&by=").append(query.by().name().toLowerCase(Locale.ROOT));
        query.groups().forEach(group -> q.append("&group=").append(URLEncoder.encode(group, StandardCharsets.UTF_8)));
        if (query.projectKey() != null) {
            q.append("&project=").append(URLEncoder.encode(query.projectKey(), StandardCharsets.UTF_8));
        }
        q.append("&lang=").append(viewer.getLanguage().equals("de") ? "de" : "en");
        CsvStyle style = CsvStyle.of(viewer);
        return new UtilisationView.Downloads(q + "&format=xlsx", q + "&format=csv&bom=true" + style.query(), style.labelKey(),
                q + "&format=csv&bom=true" + style.other().query(), style.other().labelKey());
    }

    private static String note(ViewerFormat format, boolean finance) {
        return format.text("ratecard.utilisation.tolerance", format.decimals(0, 1).format(TargetState.TOLERANCE)) + " "
                + format.text(finance ? "ratecard.utilisation.seesAll" : "ratecard.utilisation.seesSome");
    }

    private static String blank(String value) {
        return value == null ? "" : value.trim();
    }
}
