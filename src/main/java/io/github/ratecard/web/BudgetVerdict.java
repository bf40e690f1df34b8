package io.github.ratecard.web;

import io.github.ratecard.budget.BudgetStatus;
import io.github.ratecard.budget.ForecastChoice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Budget page's one answer for a money budget, formatted: a headline from the forecast
 * {@link ForecastChoice} picks ("Forecast €36,327 — 29 % over budget; runs out Oct 25, 2026"), why
 * that forecast, and the other forecasts as alternatives, each with what it assumes.
 */
public final class BudgetVerdict {

    private final String headline;
    private final String state;
    private final String basis;
    private final List<PageRow> alternatives;

    private BudgetVerdict(String headline, String state, String basis, List<PageRow> alternatives) {
        this.headline = headline;
        this.state = state;
        this.basis = basis;
        this.alternatives = List.copyOf(alternatives);
    }

    static BudgetVerdict of(ForecastChoice.Choice choice, BudgetStatus status, int burnDays, ViewerFormat format) {
        String headline = choice.verdict().map(forecast -> headline(forecast, choice.basis(), status, format))
                .orElseGet(() -> format.text("ratecard.budget.verdict.notStarted", format.date(status.period().first())));
        String state = choice.verdict().map(forecast -> forecast.isOver() ? "over" : "ok").orElse("ok");
        List<PageRow> alternatives = new ArrayList<>();
        for (ForecastChoice.Forecast alternative : choice.alternatives()) {
            String name = alternative.basis().name().toLowerCase(Locale.ROOT).replace('_', '-');
            String distance = format.text(alternative.isOver() ? "ratecard.budget.verdict.over" : "ratecard.budget.verdict.under",
                    format.roundPercent(alternative.distancePercent(status.budget())));
            alternatives.add(new PageRow(name, format.text("ratecard.budget.verdict.alt." + name),
                    List.of(format.money(alternative.atCompletion()) + " (" + distance + ")"), alternative.isOver() ? "over" : "",
                    format.text("ratecard.budget.verdict.assumes." + name, String.valueOf(burnDays))));
        }
        String basis = choice.basis() == ForecastChoice.Basis.RUN_RATE && !choice.lastPeriod() ? "RUN_RATE.period" : choice.basis().name();
        return new BudgetVerdict(headline, state, format.text("ratecard.budget.verdict.basis." + basis, String.valueOf(burnDays)), alternatives);
    }

    private static String headline(ForecastChoice.Forecast forecast, ForecastChoice.Basis basis, BudgetStatus status, ViewerFormat format) {
        String amount = format.wholeMoney(forecast.atCompletion());
        String distance = format.roundPercent(forecast.distancePercent(status.budget()));
        String kind = basis == ForecastChoice.Basis.FINAL ? "final" : "forecast";
        if (forecast.isOver()) {
            return runOutDayOf(basis, status).map(day -> format.text("ratecard.budget.verdict." + kind + ".overRunsOut", amount, distance, format.date(day)))
                    .orElseGet(() -> format.text("ratecard.budget.verdict." + kind + ".over", amount, distance));
        }
        return format.text("ratecard.budget.verdict." + kind + ".under", amount, distance, format.wholeMoney(forecast.variance()));
    }

    /**
     * The run-out day belongs to the run rate (or, once the period is over, to the actual spending):
     * beside the bottom-up forecast it would date a different forecast, so none is shown.
     */
    private static Optional<LocalDate> runOutDayOf(ForecastChoice.Basis basis, BudgetStatus status) {
        return basis == ForecastChoice.Basis.RUN_RATE || basis == ForecastChoice.Basis.FINAL ? status.runOut() : Optional.empty();
    }

    /** E.g. "Forecast €36,327 — 29 % over budget; runs out Oct 25, 2026". */
    public String getHeadline() {
        return headline;
    }

    /** {@code over} or {@code ok}. */
    public String getState() {
        return state;
    }

    public boolean isOver() {
        return "over".equals(state);
    }

    /** Which forecast the headline uses and why. */
    public String getBasis() {
        return basis;
    }

    /** The other forecasts: label, amount with its distance from the budget, and (as the note) what each assumes. */
    public List<PageRow> getAlternatives() {
        return alternatives;
    }

    public boolean isHasAlternatives() {
        return !alternatives.isEmpty();
    }
}
