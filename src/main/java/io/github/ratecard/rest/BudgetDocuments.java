package io.github.ratecard.rest;

import io.github.ratecard.budget.BottomUpForecast;
import io.github.ratecard.budget.Budget;
import io.github.ratecard.budget.BudgetReport;
import io.github.ratecard.budget.BudgetStatus;
import io.github.ratecard.budget.BurnPoint;
import io.github.ratecard.budget.CostBreakdown;
import io.github.ratecard.budget.EarnedValue;
import io.github.ratecard.budget.Expense;
import io.github.ratecard.budget.HoursStatus;
import io.github.ratecard.budget.OverheadRate;
import io.github.ratecard.rest.LedgerResource.Amount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The JSON documents of budgets, their status and burn, expenses and overhead rates. Amounts are decimal strings with their currency. */
final class BudgetDocuments {

    private BudgetDocuments() {
    }

    public record Scope(String kind, String key) {
    }

    public record BudgetDoc(long id, Scope scope, String measure, Amount amount, Long hours, String period, String from, String to,
                            List<Integer> thresholds, String owner, List<PeriodAmount> periodAmounts) {
        static BudgetDoc of(Budget b) {
            List<PeriodAmount> amounts = b.periodAmounts().entrySet().stream()
                    .map(e -> new PeriodAmount(e.getKey().toString(), Amount.of(e.getValue()))).collect(java.util.stream.Collectors.toList());
            return new BudgetDoc(b.id(), new Scope(b.scope().kind().name(), b.scope().key()), b.measure().name(), Amount.of(b.amount()),
                    b.hours(), b.period().name(), b.range().first().toString(), b.range().last().toString(), b.thresholds(), b.owner(), amounts);
        }
    }

    public record PeriodAmount(String from, Amount amount) {
    }

    public record Money(String periodFrom, String periodTo, Amount budget, Amount actual, BigDecimal consumedPercent,
                        Amount remaining, Amount planned, Amount burnPerDay, Amount forecast, Amount variance, String runOut,
                        List<Integer> crossedThresholds, boolean over, boolean forecastOver) {
        static Money of(BudgetStatus s) {
            return new Money(s.period().first().toString(), s.period().last().toString(), Amount.of(s.budget()), Amount.of(s.actual()),
                    s.consumedPercent(), Amount.of(s.remaining()), Amount.of(s.planned()), Amount.of(s.burnPerDay()), Amount.of(s.forecast()),
                    Amount.of(s.variance()), s.runOut().map(LocalDate::toString).orElse(null), s.crossedThresholds(), s.isOver(),
                    s.isForecastOver());
        }
    }

    public record Hours(String periodFrom, String periodTo, long budgetSeconds, long actualSeconds, BigDecimal consumedPercent,
                        long remainingSeconds, List<Integer> crossedThresholds, boolean over) {
        static Hours of(HoursStatus h) {
            return new Hours(h.period().first().toString(), h.period().last().toString(), h.budgetSeconds(), h.actualSeconds(),
                    h.consumedPercent(), h.remainingSeconds(), h.crossedThresholds(), h.isOver());
        }
    }

    public record Breakdown(Amount labour, Amount overhead, Map<String, Amount> expenses, Amount total, long otherCurrencyItems,
                            long unpricedEntries) {
        static Breakdown of(CostBreakdown b) {
            Map<String, Amount> expenses = new LinkedHashMap<>();
            b.expenses().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> expenses.put(e.getKey().name(), Amount.of(e.getValue())));
            return new Breakdown(Amount.of(b.labour()), Amount.of(b.overhead()), expenses, Amount.of(b.total()), b.otherCurrencyItems(),
                    b.unpricedEntries());
        }
    }

    public record Earned(BigDecimal progress, Amount earned, BigDecimal costPerformanceIndex, BigDecimal schedulePerformanceIndex) {
        static Earned of(EarnedValue e) {
            return new Earned(e.progress(), Amount.of(e.earned()), e.costPerformance().orElse(null), e.schedulePerformance().orElse(null));
        }
    }

    public record BottomUp(Amount remainingWork, Amount forecast, Amount variance, long pricedSeconds, long unpricedSeconds,
                           List<String> unpricedIssues) {
        static BottomUp of(BottomUpForecast f) {
            return new BottomUp(Amount.of(f.remaining()), Amount.of(f.forecast()), Amount.of(f.variance()), f.pricedSeconds(),
                    f.unpricedSeconds(), f.unpricedIssues());
        }
    }

    public record PeriodRow(String from, String to, Amount spent, long seconds) {
    }

    public record StatusDoc(BudgetDoc budget, String asOf, Money money, Hours hours, Breakdown breakdown, Earned earnedValue,
                            BottomUp bottomUp, List<PeriodRow> periods, List<Integer> crossedThresholds) {
        static StatusDoc of(BudgetReport r, LocalDate asOf) {
            return new StatusDoc(BudgetDoc.of(r.budget()), asOf.toString(), r.money().map(Money::of).orElse(null),
                    r.hours().map(Hours::of).orElse(null), r.breakdown().map(Breakdown::of).orElse(null),
                    r.earnedValue().map(Earned::of).orElse(null), r.bottomUp().map(BottomUp::of).orElse(null),
                    r.periods().stream().map(p -> new PeriodRow(p.period().first().toString(), p.period().last().toString(),
                            Amount.of(p.spent()), p.seconds())).collect(Collectors.toList()), r.crossedThresholds());
        }
    }

    public record Point(String from, String to, Amount spent, Amount cumulative, Amount planned, Amount forecast) {
    }

    public record BurnDoc(long budgetId, String asOf, String granularity, List<Point> points) {
        static BurnDoc of(Budget budget, LocalDate asOf, String granularity, List<BurnPoint> points) {
            return new BurnDoc(budget.id(), asOf.toString(), granularity, points.stream().map(p -> new Point(p.bucket().first().toString(),
                    p.bucket().last().toString(), p.past() ? Amount.of(p.spent()) : null, Amount.of(p.cumulative()), Amount.of(p.planned()),
                    Amount.of(p.forecast()))).collect(Collectors.toList()));
        }
    }

    public record ExpenseDoc(long id, String date, Scope scope, String category, Amount amount, boolean billable, String markupPercent,
                             Amount billed, String description) {
        static ExpenseDoc of(Expense e) {
            return new ExpenseDoc(e.id(), e.date().toString(), new Scope(e.scope().kind().name(), e.scope().key()), e.category().name(),
                    Amount.of(e.amount()), e.billable(), e.markupPercent().toPlainString(), Amount.of(e.billed()), e.description());
        }
    }

    public record OverheadDoc(long id, String projectKey, String from, String percent) {
        static OverheadDoc of(OverheadRate r) {
            return new OverheadDoc(r.id(), r.projectKey(), r.from().toString(), r.percent().toPlainString());
        }
    }
}
