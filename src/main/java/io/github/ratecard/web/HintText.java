package io.github.ratecard.web;

import io.github.ratecard.domain.ProjectDirectory;
import io.github.ratecard.domain.ProjectRef;
import io.github.ratecard.domain.UserDirectory;
import io.github.ratecard.domain.UserRef;
import io.github.ratecard.insight.hints.Evidence;
import io.github.ratecard.insight.hints.Figure;
import io.github.ratecard.insight.hints.Finding;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A hint in a reader's words (plain text, not escaped): the rule's name, its finding with the
 * figures in the reader's locale (people and projects by name), the suggested action, and each
 * piece of evidence as a label and a link relative to Jira's base URL.
 */
public final class HintText {

    public static final String PAGE = "/plugins/servlet/ratecard/insights/hints";

    private final ViewerFormat format;
    private final Locale locale;
    private final UserDirectory users;
    private final ProjectDirectory projects;

    public HintText(ViewerFormat format, Locale locale, UserDirectory users, ProjectDirectory projects) {
        this.format = format;
        this.locale = locale;
        this.users = users;
        this.projects = projects;
    }

    public ViewerFormat format() {
        return format;
    }

    public Locale locale() {
        return locale;
    }

    public String ruleName(String ruleId) {
        return format.text("ratecard.hints.rule." + ruleId + ".name");
    }

    public String finding(Finding finding) {
        return format.text("ratecard.hints.rule." + finding.ruleId() + ".finding",
                finding.figures().stream().map(this::figure).toArray(String[]::new));
    }

    public String action(Finding finding) {
        return format.text("ratecard.hints.rule." + finding.ruleId() + ".action",
                finding.figures().stream().map(this::figure).toArray(String[]::new));
    }

    public String atStake(Finding finding) {
        return finding.atStake() == null ? format.text("ratecard.hints.notPriced") : format.money(finding.atStake());
    }

    public String figure(Figure figure) {
        return switch (figure.kind()) {
            case MONEY -> format.money(figure.asMoney());
            case SECONDS -> format.decimals(1, 1).format(new BigDecimal(figure.value()).divide(BigDecimal.valueOf(3600), 1,
                    java.math.RoundingMode.HALF_UP)) + " h";
            case PERCENT -> format.percent(new BigDecimal(figure.value()));
            case COUNT -> format.decimals(0, 0).format(Long.parseLong(figure.value()));
            case MONTH -> month(YearMonth.parse(figure.value()));
            case DAY -> format.date(LocalDate.parse(figure.value()));
            case TEXT, ACCOUNT -> figure.value();
            case USER -> userName(figure.value());
            case USERS -> Arrays.stream(figure.value().split(",")).filter(s -> !s.isEmpty()).map(this::userName).collect(Collectors.joining(", "));
            case PROJECT -> projects.byId(Long.parseLong(figure.value())).map(ProjectRef::key).orElse(figure.value());
        };
    }

    public String evidenceLabel(Evidence evidence) {
        String key = "ratecard.hints.evidence." + evidence.kind().name().toLowerCase(Locale.ROOT);
        String subject = switch (evidence.kind()) {
            case ENTRIES -> projectKey(evidence.projectId()) + (evidence.userKey() == null ? "" : " · " + userName(evidence.userKey()))
                    + (evidence.month() == null ? "" : " · " + month(evidence.month()));
            case INVOICES, RATES -> evidence.accountKey();
            case BUDGET -> String.valueOf(evidence.budgetId());
        };
        return format.text(key, subject);
    }

    /** The page that shows the evidence, relative to Jira's base URL. */
    public String evidenceUrl(Evidence evidence) {
        return switch (evidence.kind()) {
            case ENTRIES -> "/plugins/servlet/ratecard/budgets?project=" + encode(projectKey(evidence.projectId()))
                    + (evidence.accountKey() == null ? "" : "&account=" + encode(evidence.accountKey()));
            case INVOICES -> "/plugins/servlet/ratecard/invoices?account=" + encode(evidence.accountKey());
            case RATES -> "/plugins/servlet/ratecard/rates/bill?account=" + encode(evidence.accountKey());
            case BUDGET -> "/plugins/servlet/ratecard/budgets?" + (evidence.projectId() == null ? "" : "project="
                    + encode(projectKey(evidence.projectId())) + "&") + "budget=" + evidence.budgetId();
        };
    }

    public String projectKey(Long projectId) {
        return projectId == null ? "" : projects.byId(projectId).map(ProjectRef::key).orElse(String.valueOf(projectId));
    }

    public String userName(String userKey) {
        return users.byKey(userKey).map(UserRef::displayName).orElse(userKey);
    }

    private String month(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + month.getYear();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
