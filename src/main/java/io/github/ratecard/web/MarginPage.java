package io.github.ratecard.web;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.budget.IssueFacts;
import io.github.ratecard.budget.ScopeWork;
import io.github.ratecard.domain.Page;
import io.github.ratecard.insight.margin.MarginAnswer;
import io.github.ratecard.insight.margin.MarginConversionSentences;
import io.github.ratecard.insight.margin.MarginExpense;
import io.github.ratecard.insight.margin.MarginGrouping;
import io.github.ratecard.insight.margin.MarginLine;
import io.github.ratecard.insight.margin.MarginQuery;
import io.github.ratecard.insight.margin.MarginReport;
import io.github.ratecard.insight.margin.MarginRow;
import io.github.ratecard.insight.margin.MarginService;
import io.github.ratecard.insight.margin.MarginSnapshots;
import io.github.ratecard.insight.margin.MarginTrend;
import io.github.ratecard.ledger.LedgerEntry;
import io.github.ratecard.money.Money;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The profitability page's read model: the report the filters ask for (by default the last three
 * months by account), formatted in the viewer's language, with links to the entries behind each
 * row where the ledger can list them (an account, a project, a person, a month of a project or
 * account) and, when asked, one page of those entries.
 */
public class MarginPage {

    static final int ENTRIES_PAGE = 50;
    private static final String REST = "/rest/ratecard/1.0/insights/margin";

    private final MarginService margin;
    private final ScopeWork issues;
    private final AccessPolicy access;
    private final I18nResolver i18n;
    private final Supplier<Locale> viewer;
    private final Clock clock;

    public MarginPage(MarginService margin, ScopeWork issues, AccessPolicy access, I18nResolver i18n, Supplier<Locale> viewer, Clock clock) {
        this.margin = margin;
        this.issues = issues;
        this.access = access;
        this.i18n = i18n;
        this.viewer = viewer;
        this.clock = clock;
    }

    /** The page for these request parameters; refusals and bad input are thrown as the domain's exceptions. */
    public MarginPageView viewOf(Function<String, String> parameter, String contextPath, String pageUrl) {
        YearMonth to = parameter.apply("to").isEmpty() ? YearMonth.now(clock) : YearMonth.parse(parameter.apply("to"));
        YearMonth from = parameter.apply("from").isEmpty() ? to.minusMonths(2) : YearMonth.parse(parameter.apply("from"));
        MarginQuery query = MarginQuery.parse(from.toString(), to.toString(), parameter.apply("by"), parameter.apply("project"),
                parameter.apply("account"));
        ViewerFormat format = new ViewerFormat(i18n, viewer.get());
        MarginAnswer answer = margin.answer(query, "1".equals(parameter.apply("fresh")));
        MarginReport report = answer.report();
        Map<String, String> filter = filterParameters(query);
        List<MarginPageRow> rows = new ArrayList<>();
        for (MarginRow row : report.rows()) {
            rows.add(row(row, label(row, query.by(), format), report.baseCurrency(), format, entriesUrl(row, query, pageUrl)));
        }
        List<MarginPageRow> totals = new ArrayList<>();
        for (MarginRow total : report.totalsByCurrency()) {
            totals.add(row(total, format.text("ratecard.margin.total"), report.baseCurrency(), format, ""));
        }
        MarginReport.BaseTotals base = report.totals();
        String baseTotal = format.text("ratecard.margin.baseTotals", report.baseCurrency().getCurrencyCode()) + ": "
                + format.money(Money.ofMinor(base.grossMarginMinor(), report.baseCurrency()))
                + (base.marginPercent() == null ? "" : " (" + format.percent(base.marginPercent()) + ")");
        String incomplete = base.complete() ? "" : format.text("ratecard.margin.incomplete", report.baseCurrency().getCurrencyCode());
        String unvalued = report.unvaluedEntries() == 0 ? ""
                : format.text("ratecard.margin.unvalued", format.decimals(0, 0).format(report.unvaluedEntries()));
        String lang = viewer.get().getLanguage();
        return new MarginPageView(filters(query, format), heads(report.baseCurrency(), format), rows, totals, baseTotal, incomplete, unvalued,
                contextPath + REST + "?" + query(filter) + "&format=xlsx&lang=" + lang,
                contextPath + REST + "?" + query(filter) + "&format=csv&bom=true&lang=" + lang
                        + ("de".equals(lang) ? "&separator=semicolon&decimal=comma" : ""),
                "1".equals(parameter.apply("entries")) ? entries(parameter, query, format, pageUrl) : null)
                .withConversions(format.text("ratecard.margin.fx.title", report.baseCurrency().getCurrencyCode()), MarginConversionSentences.of(report, format::text, format::date))
                .withSnapshot(answer.snapshot() ? snapshotSentence(answer.computedAt(), format) : "",
                        answer.snapshot() ? pageUrl + "?" + query(filter) + "&fresh=1" : "");
    }

    /** When a kept snapshot's figures were computed, in UTC, and for how long such a snapshot is kept. */
    private static String snapshotSentence(Instant computedAt, ViewerFormat format) {
        ZonedDateTime at = computedAt.atZone(ZoneOffset.UTC);
        return format.text("ratecard.margin.snapshot", format.date(at.toLocalDate()) + " " + at.format(DateTimeFormatter.ofPattern("HH:mm")) + " UTC",
                Long.toString(MarginSnapshots.MAX_AGE.toMinutes()));
    }

    private MarginPageView.Entries entries(Function<String, String> parameter, MarginQuery query, ViewerFormat format, String pageUrl) {
        String person = parameter.apply("person");
        int offset = parameter.apply("offset").isEmpty() ? 0 : Math.max(0, Integer.parseInt(parameter.apply("offset")));
        Page<LedgerEntry> page = margin.entries(query.from(), query.to(), query.projectKey(), query.accountKey(), person, offset, ENTRIES_PAGE);
        Map<Long, IssueFacts> facts = page.items().isEmpty() ? Map.of()
                : issues.factsOf(page.items().stream().map(LedgerEntry::issueId).distinct().toList());
        List<PageRow> rows = new ArrayList<>();
        for (LedgerEntry entry : page.items()) {
            IssueFacts issue = facts.get(entry.issueId());
            rows.add(new PageRow(String.valueOf(entry.worklogId()), issue == null ? "#" + entry.issueId() : issue.key() + " " + issue.summary(),
                    List.of(format.date(entry.workDate()), entry.authorKey(), hours(entry.workedSeconds(), format),
                            hours(entry.billedSeconds(), format), entry.cost() == null ? "" : format.money(entry.cost()),
                            entry.bill() == null ? "" : format.money(entry.bill()), entry.accountKey() == null ? "" : entry.accountKey()),
                    entry.invoiced() ? "ok" : "", null));
        }
        Map<String, String> own = filterParameters(query);
        own.put("entries", "1");
        if (!person.isEmpty()) {
            own.put("person", person);
        }
        String previous = offset == 0 ? "" : pageUrl + "?" + query(own) + "&offset=" + Math.max(0, offset - ENTRIES_PAGE);
        String next = offset + ENTRIES_PAGE >= page.total() ? "" : pageUrl + "?" + query(own) + "&offset=" + (offset + ENTRIES_PAGE);
        List<String> heads = List.of(format.text("ratecard.export.issue"), format.text("ratecard.export.date"), format.text("ratecard.export.author"),
                format.text("ratecard.export.workedHours"), format.text("ratecard.export.billedHours"), format.text("ratecard.margin.entries.cost"),
                format.text("ratecard.margin.entries.bill"), format.text("ratecard.margin.by.account"));
        String title = format.text("ratecard.margin.entries") + " (" + page.total() + ")";
        return new MarginPageView.Entries(title, heads, rows, previous, next);
    }

    private static String hours(long seconds, ViewerFormat format) {
        return format.decimals(0, 2).format(BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 2, java.math.RoundingMode.HALF_UP));
    }

    private MarginPageRow row(MarginRow row, String label, Currency base, ViewerFormat format, String entriesUrl) {
        Currency currency = row.currency();
        String notConverted = format.text("ratecard.margin.notConverted");
        List<String> cells = List.of(currency.getCurrencyCode(), money(row.revenueMinor(), currency, format),
                row.revenueBaseMinor() == null ? notConverted : money(row.revenueBaseMinor(), base, format),
                money(row.invoicedMinor(), currency, format), money(row.uninvoicedMinor(), currency, format),
                money(row.labourCostMinor(), base, format), money(row.overheadMinor(), base, format), money(row.expensesMinor(), base, format),
                row.grossMarginBaseMinor() == null ? notConverted : money(row.grossMarginBaseMinor(), base, format),
                row.marginPercent() == null ? "" : format.percent(row.marginPercent()),
                row.writeOffsMinor() == null ? "" : money(row.writeOffsMinor(), currency, format),
                row.realisationPercent() == null ? "" : format.percent(row.realisationPercent()));
        MarginTrend.Direction direction = row.trend().direction();
        String trend = direction == null ? "" : direction.name().toLowerCase(Locale.ROOT);
        String trendText = direction == null ? "" : format.text("ratecard.margin.trend." + direction.name()) + ": "
                + money(row.trend().currentMinor(), base, format) + " / " + money(row.trend().averageMinor(), base, format);
        boolean loss = row.grossMarginBaseMinor() != null && row.grossMarginBaseMinor() < 0;
        return new MarginPageRow(label, cells, loss, trend, trendText, entriesUrl);
    }

    private static String money(long minor, Currency currency, ViewerFormat format) {
        return format.money(Money.ofMinor(minor, currency));
    }

    private static String label(MarginRow row, MarginGrouping by, ViewerFormat format) {
        if (MarginLine.NONE.equals(row.key())) {
            return format.text(switch (by) {
                case ACCOUNT -> "ratecard.margin.none.account";
                case EPIC -> "ratecard.margin.none.epic";
                case LEVEL -> "ratecard.margin.none.level";
                default -> "ratecard.margin.none.other";
            });
        }
        if (MarginExpense.EXPENSES.equals(row.key()) && (by == MarginGrouping.EPIC || by == MarginGrouping.LEVEL || by == MarginGrouping.PERSON)) {
            return format.text("ratecard.margin.expensesRow");
        }
        return row.label();
    }

    /** The entries behind a row, where the ledger's indexes can list them and the viewer may ask for them. */
    private String entriesUrl(MarginRow row, MarginQuery query, String pageUrl) {
        if (MarginLine.NONE.equals(row.key()) || MarginExpense.EXPENSES.equals(row.key())) {
            return "";
        }
        Map<String, String> link = filterParameters(query);
        link.put("entries", "1");
        switch (query.by()) {
            case ACCOUNT -> link.put("account", row.key());
            case PROJECT -> link.put("project", row.key());
            case PERSON -> link.put("person", row.key());
            case MONTH -> {
                link.put("from", row.key());
                link.put("to", row.key());
            }
            default -> {
                return "";
            }
        }
        boolean named = link.containsKey("project") || link.containsKey("account") || link.containsKey("person");
        if (!named || !link.containsKey("project") && !access.currentUserIsFinance()) {
            return "";
        }
        return pageUrl + "?" + query(link);
    }

    private static Map<String, String> filterParameters(MarginQuery query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("from", query.from().toString());
        parameters.put("to", query.to().toString());
        parameters.put("by", query.by().parameter());
        if (query.projectKey() != null) {
            parameters.put("project", query.projectKey());
        }
        if (query.accountKey() != null) {
            parameters.put("account", query.accountKey());
        }
        return parameters;
    }

    private static String query(Map<String, String> parameters) {
        List<String> pairs = new ArrayList<>();
        parameters.forEach((name, value) -> pairs.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return String.join("&", pairs);
    }

    private static MarginPageView.Filters filters(MarginQuery query, ViewerFormat format) {
        List<FieldOption> groupings = new ArrayList<>();
        for (MarginGrouping grouping : MarginGrouping.values()) {
            groupings.add(new FieldOption(grouping.parameter(), format.text("ratecard.margin.by." + grouping.parameter()), grouping == query.by()));
        }
        return new MarginPageView.Filters(query.from().toString(), query.to().toString(), query.projectKey() == null ? "" : query.projectKey(),
                query.accountKey() == null ? "" : query.accountKey(), groupings);
    }

    private static List<String> heads(Currency base, ViewerFormat format) {
        List<String> heads = new ArrayList<>();
        for (String key : List.of("currency", "revenue", "revenueBase", "invoiced", "uninvoiced", "labourCost", "overhead", "expenses",
                "grossMargin", "marginPercent", "writeOffs", "realisation")) {
            heads.add(format.text("ratecard.margin.column." + key, base.getCurrencyCode()));
        }
        return heads;
    }
}
