package io.github.ratecard.invoice;

import static org.junit.Assert.assertEquals;

import io.github.ratecard.contract.Cap;
import io.github.ratecard.contract.CapScope;
import io.github.ratecard.contract.ContractPeriod;
import io.github.ratecard.contract.FixedFee;
import io.github.ratecard.contract.Instalment;
import io.github.ratecard.contract.InstalmentDue;
import io.github.ratecard.contract.PeriodLength;
import io.github.ratecard.contract.Retainer;
import io.github.ratecard.contract.Rollover;
import io.github.ratecard.ledger.PricingStatus;
import io.github.ratecard.money.Money;
import io.github.ratecard.rates.HourlyRate;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * What each contract kind makes of a draft's work in May 2026, row by row: the lines (kind, amount, hours, text) and
 * the figures of the statement shown with it. Work is logged on consecutive days from 1 May in the order given.
 */
@RunWith(Parameterized.class)
public class ContractLinesTest {

    private static final ContractPeriod MAY = ContractPeriod.month(YearMonth.of(2026, 5));
    private static final long H = 3600;

    @Parameters(name = "{0}")
    public static Collection<Object[]> rows() {
        return Arrays.asList(new Object[][] {
            {"retainer in JPY: fee, then 2.5 h overage at the overage rate, whole yen",
                (Supplier<ContractDraft>) () -> retainer(Retainer.withOverageRate(PeriodLength.MONTH, Money.parse("300000", "JPY"), 20 * H,
                        Rollover.NONE, HourlyRate.parse("12000", "JPY")), figures(0, 20, 22.5), work("JPY", 8000, 12.5, 10)),
                List.of("RETAINER 300000 JPY 22.50 h: Retainer May 2026: 20 h prepaid, 22.5 h used, 2.5 h overage at 12000 JPY/h",
                        "OVERAGE 30000 JPY 2.50 h: Overage May 2026: 2.5 h beyond the balance at 12000 JPY/h"),
                "opening 0 h, prepaid 20 h, used 22.5 h, overage 2.5 h, closing 0 h"},
            {"exactly the balance used: the fee alone, nothing left, no overage line",
                (Supplier<ContractDraft>) () -> retainer(eur(120), figures(0, 120, 120), work("EUR", 60, 70, 50)),
                List.of("RETAINER 9600.00 EUR 120.00 h: Retainer May 2026: 120 h prepaid, 120 h used, 0 h left"),
                "opening 0 h, prepaid 120 h, used 120 h, overage 0 h, closing 0 h"},
            {"no work in the period: the fee still bills, every prepaid hour left",
                (Supplier<ContractDraft>) () -> retainer(eur(120), figures(0, 120, 0), List.of()),
                List.of("RETAINER 9600.00 EUR 0.00 h: Retainer May 2026: 120 h prepaid, 0 h used, 120 h left"),
                "opening 0 h, prepaid 120 h, used 0 h, overage 0 h, closing 120 h"},
            {"hours rolled over are used before overage",
                (Supplier<ContractDraft>) () -> retainer(eur(10), figures(5, 10, 14), work("EUR", 60, 8, 6)),
                List.of("RETAINER 9600.00 EUR 14.00 h: Retainer May 2026: 10 h prepaid, 14 h used, 1 h left"),
                "opening 5 h, prepaid 10 h, used 14 h, overage 0 h, closing 1 h"},
            {"overage at the rate card: the latest work, split where it crosses the balance, one line per rate",
                (Supplier<ContractDraft>) () -> retainer(Retainer.atRateCard(PeriodLength.MONTH, Money.parse("500", "EUR"), 10 * H, Rollover.NONE),
                        figures(0, 10, 13), concat(work("EUR", 60, 8, 3), work("EUR", 90, 2))),
                List.of("RETAINER 500.00 EUR 13.00 h: Retainer May 2026: 10 h prepaid, 13 h used, 3 h overage at the rate card",
                        "OVERAGE 60.00 EUR 1.00 h: Overage May 2026: 1 h beyond the balance at 60.00 EUR/h",
                        "OVERAGE 180.00 EUR 2.00 h: Overage May 2026: 2 h beyond the balance at 90.00 EUR/h"),
                "opening 0 h, prepaid 10 h, used 13 h, overage 3 h, closing 0 h"},
            {"retainer line in German",
                (Supplier<ContractDraft>) () -> RetainerLines.compose(MAY, Retainer.withOverageRate(PeriodLength.MONTH, Money.parse("9600", "EUR"),
                        120 * H, Rollover.NONE, HourlyRate.parse("85", "EUR")), figures(0, 120, 131.5), work("EUR", 60, 131.5), Map.of(),
                        ContractWords.of("de")),
                List.of("RETAINER 9600.00 EUR 131.50 h: Retainer Mai 2026: 120 Std. vorausbezahlt, 131,5 Std. genutzt, 11,5 Std. Mehrstunden zu 85,00 EUR/Std.",
                        "OVERAGE 977.50 EUR 11.50 h: Mehrstunden Mai 2026: 11,5 Std. über dem Guthaben zu 85,00 EUR/Std."),
                "opening 0 Std., prepaid 120 Std., used 131,5 Std., overage 11,5 Std., closing 0 Std."},
            {"cap hit mid-period: the work beyond the room left is written off, the hours the latest",
                (Supplier<ContractDraft>) () -> cap(new Cap(Money.parse("1000", "EUR"), CapScope.MONTH), Money.parse("400", "EUR"), work("EUR", 60, 5, 5, 5)),
                List.of("WRITE_OFF -300.00 EUR 5.00 h: Written off beyond the cap of 1000.00 EUR: 5 h of work worth 300.00 EUR"),
                "limit 1000.00 EUR, before 400.00 EUR, work 900.00 EUR, written off 300.00 EUR"},
            {"cap crossed inside a worklog: its share beyond the cap counts",
                (Supplier<ContractDraft>) () -> cap(new Cap(Money.parse("1000", "EUR"), CapScope.TOTAL), Money.parse("0", "EUR"), work("EUR", 100, 6, 6)),
                List.of("WRITE_OFF -200.00 EUR 2.00 h: Written off beyond the cap of 1000.00 EUR: 2 h of work worth 200.00 EUR"),
                "limit 1000.00 EUR, before 0.00 EUR, work 1200.00 EUR, written off 200.00 EUR"},
            {"cap not reached: nothing written off, no line",
                (Supplier<ContractDraft>) () -> cap(new Cap(Money.parse("1000", "EUR"), CapScope.MONTH), Money.parse("0", "EUR"), work("EUR", 60, 5)),
                List.of(),
                "limit 1000.00 EUR, before 0.00 EUR, work 300.00 EUR, written off 0.00 EUR"},
            {"fixed fee due by date: the instalment due in May, not June's; the time bills nothing",
                (Supplier<ContractDraft>) () -> fixed(Set.of(), Map.of(), work("EUR", 60, 30)),
                List.of("INSTALMENT 4000.00 EUR 0.00 h: Fixed fee: Design, due 2026-05-15"),
                "due 4000.00 EUR, work 30 h · 1800.00 EUR"},
            {"fixed fee due by milestone: the epic resolved in May bills, the open one waits",
                (Supplier<ContractDraft>) () -> fixed(Set.of(), Map.of("ACME-7", LocalDate.parse("2026-05-20")), List.of()),
                List.of("INSTALMENT 4000.00 EUR 0.00 h: Fixed fee: Design, due 2026-05-15",
                        "INSTALMENT 2500.00 EUR 0.00 h: Fixed fee: Go-live, milestone ACME-7 resolved 2026-05-20"),
                "due 6500.00 EUR, work 0 h · 0.00 EUR"},
            {"fixed fee instalment billed before: never again",
                (Supplier<ContractDraft>) () -> fixed(Set.of("INSTALMENT:2026-04:Design"), Map.of("ACME-7", LocalDate.parse("2026-06-02")), List.of()),
                List.of(),
                "due 0.00 EUR, work 0 h · 0.00 EUR"},
        });
    }

    private final Supplier<ContractDraft> compose;
    private final List<String> lines;
    private final String statement;

    public ContractLinesTest(String why, Supplier<ContractDraft> compose, List<String> lines, String statement) {
        this.compose = compose;
        this.lines = lines;
        this.statement = statement;
    }

    @Test
    public void lines_shouldBillWhatTheContractSays() {
        assertEquals(lines, compose.get().lines().stream().map(ContractLinesTest::line).toList());
    }

    @Test
    public void statement_shouldGiveTheFiguresOfThePeriod() {
        assertEquals(statement, statement(compose.get().statement()));
    }

    private static String line(InvoiceLine line) {
        return line.kind() + " " + line.amount() + " " + DraftComposer.hours(line.seconds()) + " h: " + line.text();
    }

    private static String statement(ContractStatement statement) {
        List<String> parts = new ArrayList<>();
        for (ContractStatement.Figure figure : statement.figures()) {
            String name = figure.labelKey().substring(figure.labelKey().lastIndexOf('.') + 1);
            if (!name.equals("expired") && !name.equals("rolledOver")) {
                parts.add(switch (name) {
                    case "writtenOff" -> "written off";
                    default -> name;
                } + " " + figure.value());
            }
        }
        return String.join(", ", parts);
    }

    private static Retainer eur(long prepaidHours) {
        return Retainer.withOverageRate(PeriodLength.MONTH, Money.parse("9600", "EUR"), prepaidHours * H, Rollover.upTo(20 * H),
                HourlyRate.parse("85", "EUR"));
    }

    private static RetainerFigures figures(double openingHours, double prepaidHours, double usedHours) {
        long opening = Math.round(openingHours * H);
        long prepaid = Math.round(prepaidHours * H);
        long used = Math.round(usedHours * H);
        long closing = Math.max(0, opening + prepaid - used);
        return new RetainerFigures(opening, prepaid, used, 0, 0, closing);
    }

    private static ContractDraft retainer(Retainer terms, RetainerFigures figures, List<BillableWork> work) {
        return RetainerLines.compose(MAY, terms, figures, work, Map.of(), ContractWords.ENGLISH);
    }

    private static ContractDraft cap(Cap terms, Money before, List<BillableWork> work) {
        List<InvoiceLine> time = DraftComposer.compose(LineGrouping.ISSUE, terms.limit().currency(), new DraftComposer.Sources(work, List.of(),
                List.of(), List.of(), Set.of(), Set.of(), Map.of())).lines();
        return CapLines.compose("2026-05", "May 2026", terms, before, time, work, Map.of(), ContractWords.ENGLISH);
    }

    private static ContractDraft fixed(Set<String> billed, Map<String, LocalDate> resolved, List<BillableWork> work) {
        FixedFee fee = new FixedFee(List.of(
                new Instalment("Design", Money.parse("4000", "EUR"), new InstalmentDue.OnDate(LocalDate.parse("2026-05-15"))),
                new Instalment("Build", Money.parse("6000", "EUR"), new InstalmentDue.OnDate(LocalDate.parse("2026-06-15"))),
                new Instalment("Go-live", Money.parse("2500", "EUR"), new InstalmentDue.OnMilestone("ACME-7")),
                new Instalment("Support", Money.parse("1500", "EUR"), new InstalmentDue.OnMilestone("ACME-8"))));
        return FixedFeeLines.compose(YearMonth.of(2026, 4), fee, MAY.days(), billed, key -> Optional.ofNullable(resolved.get(key)), work,
                Map.of(), ContractWords.ENGLISH);
    }

    /** Worklogs of the hours given, one a day from 1 May, at one rate. */
    private static List<BillableWork> work(String currency, long rate, double... hours) {
        List<BillableWork> work = new ArrayList<>();
        for (double each : hours) {
            work.add(worklog(currency, rate, each));
        }
        return work;
    }

    private static int next = 1;

    private static BillableWork worklog(String currency, long rate, double hours) {
        int id = next++;
        long seconds = Math.round(hours * H);
        return new BillableWork(id, 1, "ACME-1", "Onboarding", "ana", "Ana", null, LocalDate.parse("2026-05-01").plusDays(id % 28), seconds,
                seconds, HourlyRate.parse(String.valueOf(rate), currency), PricingStatus.PRICED);
    }

    @SafeVarargs
    private static List<BillableWork> concat(List<BillableWork>... parts) {
        List<BillableWork> all = new ArrayList<>();
        for (List<BillableWork> part : parts) {
            all.addAll(part);
        }
        return all;
    }

}
