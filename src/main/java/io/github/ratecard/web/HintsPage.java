package io.github.ratecard.web;

import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.insight.hints.Hint;
import io.github.ratecard.insight.hints.HintEngine;
import io.github.ratecard.insight.hints.HintFilter;
import io.github.ratecard.insight.hints.HintRuns;
import io.github.ratecard.insight.hints.HintService;
import io.github.ratecard.insight.hints.HintState;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The read model of the hints page: the hints the viewer may see under the filters, in their words. */
public final class HintsPage {

    private final HintService hints;
    private final HintWords words;
    private final AccessPolicy access;
    private final Supplier<ZoneId> zone;
    private final Supplier<Locale> locale;

    public HintsPage(HintService hints, HintWords words, AccessPolicy access, Supplier<ZoneId> zone, Supplier<Locale> locale) {
        this.hints = hints;
        this.words = words;
        this.access = access;
        this.zone = zone;
        this.locale = locale;
    }

    /** {@code projectId} null for every project; the filter is checked (and refused) by the service. */
    public HintsView viewOf(String state, String rule, String account, Long projectId, String projectKey, String contextPath) {
        HintFilter filter = HintFilter.of(state, rule, account, projectId);
        HintText text = words.current();
        List<HintRow> rows = hints.list(filter).stream().map(hint -> row(hint, text, contextPath)).toList();
        List<Choice> rules = new ArrayList<>();
        rules.add(new Choice("", text.format().text("ratecard.hints.filter.anyRule"), filter.ruleId().isEmpty()));
        for (String id : HintEngine.ruleIds()) {
            rules.add(new Choice(id, text.ruleName(id), filter.ruleId().map(id::equals).orElse(false)));
        }
        List<Choice> states = new ArrayList<>();
        for (HintState each : HintState.values()) {
            states.add(new Choice(each.name().toLowerCase(Locale.ROOT), stateName(text, each), filter.state().map(each::equals).orElse(false)));
        }
        states.add(new Choice("all", text.format().text("ratecard.hints.state.all"), filter.state().isEmpty()));
        java.util.Optional<HintRuns.Run> run = hints.latestRun();
        return new HintsView(rules, states, account == null ? "" : account, projectKey == null ? "" : projectKey, rows, lastRun(text, run),
                run.map(r -> r.failures().stream().map(f -> text.ruleName(f.ruleId())).collect(Collectors.joining(", "))).orElse(""),
                hints.uninvoicedDays(), access.currentUserIsFinance(), hints.subscribed(), downloads(filter, projectKey, contextPath));
    }

    private HintsView.Downloads downloads(HintFilter filter, String projectKey, String contextPath) {
        StringBuilder q = new StringBuilder(contextPath).append("/rest/ratecard/1.0/insights/hints?state=")
                .append(filter.state().map(s -> s.name().toLowerCase(Locale.ROOT)).orElse("all"));
        filter.ruleId().ifPresent(rule -> q.append("&rule=").append(encode(rule)));
        filter.accountKey().ifPresent(key -> q.append("&account=").append(encode(key)));
        if (projectKey != null && !projectKey.isBlank()) {
            q.append("&project=").append(encode(projectKey));
        }
        Locale viewer = locale.get();
        q.append("&lang=").append(viewer.getLanguage().equals("de") ? "de" : "en");
        CsvStyle style = CsvStyle.of(viewer);
        return new HintsView.Downloads(q + "&format=xlsx", q + "&format=csv&bom=true" + style.query(), style.labelKey(),
                q + "&format=csv&bom=true" + style.other().query(), style.other().labelKey());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HintRow row(Hint hint, HintText text, String contextPath) {
        List<HintLink> links = hint.finding().evidence().stream()
                .map(e -> new HintLink(text.evidenceLabel(e), contextPath + text.evidenceUrl(e))).toList();
        String dismissal = hint.dismissal().map(d -> text.format().text("ratecard.hints.dismissedBy", text.userName(d.byUserKey()),
                text.format().date(d.at().atZone(zone.get()).toLocalDate()), d.reason())).orElse("");
        return new HintRow(hint.id(), hint.finding().ruleId(), text.ruleName(hint.finding().ruleId()), text.finding(hint.finding()),
                text.atStake(hint.finding()), text.action(hint.finding()), links, stateName(text, hint.state()), dismissal,
                hint.state() != HintState.DISMISSED);
    }

    private static String stateName(HintText text, HintState state) {
        return text.format().text("ratecard.hints.state." + state.name().toLowerCase(Locale.ROOT));
    }

    private String lastRun(HintText text, java.util.Optional<HintRuns.Run> run) {
        if (run.isEmpty()) {
            return text.format().text("ratecard.hints.run.never");
        }
        if (run.get().finishedAt().isEmpty()) {
            return text.format().text("ratecard.hints.run.waiting");
        }
        String at = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale.get())
                .format(run.get().finishedAt().get().atZone(zone.get()));
        return text.format().text("ratecard.hints.run.finished", at, String.valueOf(run.get().found()));
    }
}
