package io.github.ratecard.web;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.ratecard.app.ContractService;
import io.github.ratecard.app.ContractThresholdService;
import io.github.ratecard.contract.Cap;
import io.github.ratecard.contract.CapConsumption;
import io.github.ratecard.contract.CapScope;
import io.github.ratecard.contract.Contract;
import io.github.ratecard.contract.ContractTerms;
import io.github.ratecard.contract.ContractThresholds;
import io.github.ratecard.contract.InstalmentDue;
import io.github.ratecard.contract.InstalmentStatus;
import io.github.ratecard.contract.Retainer;
import io.github.ratecard.contract.RetainerBalance;
import io.github.ratecard.contract.ThresholdCrossing;
import io.github.ratecard.contract.ThresholdRule;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.invoice.FixedFeeLines;
import io.github.ratecard.invoice.InvoiceLine;
import io.github.ratecard.invoice.InvoicedUsage;
import io.github.ratecard.invoice.LineKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The contract panel of the Budget page and the account view: this period's retainer balance, cap consumption and the
 * fixed-fee schedule of an account, from the figures the Contracts page shows ({@link ContractService}), with the
 * alert thresholds and the alert the period reached. Billing figures only: no cost is shown.
 */
public final class ContractPanel {

    private static final String PREFIX = "ratecard.budget.contract.";

    private final ContractService contracts;
    private final ContractThresholdService thresholds;
    private final InvoicedUsage invoiced;
    private final I18nResolver i18n;
    private final Supplier<Locale> locale;

    public ContractPanel(ContractService contracts, ContractThresholdService thresholds, InvoicedUsage invoiced, I18nResolver i18n,
                         Supplier<Locale> locale) {
        this.contracts = contracts;
        this.thresholds = thresholds;
        this.invoiced = invoiced;
        this.i18n = i18n;
        this.locale = locale;
    }

    /** The panel of an account; empty when it has no contract (it bills time and materials). */
    public Optional<ContractPanelView> of(String accountKey, String accountName) {
        Optional<Contract> found = contracts.contract(accountKey);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ViewerFormat format = new ViewerFormat(i18n, locale.get());
        Contract contract = found.get();
        YearMonth month = contracts.thisMonth();
        ContractTerms terms = contract.termsIn(month);
        String summary = format.text("ratecard.contracts.kind." + terms.kind().name());
        String agreed = ContractsPage.summary(terms, format);
        List<PageTable> tables = new ArrayList<>();
        Optional<String> used = Optional.empty();
        try {
            if (terms instanceof Retainer) {
                Optional<RetainerBalance> row = contracts.ledger(accountKey, month).stream().filter(r -> r.period().contains(month)).findFirst();
                row.ifPresent(r -> tables.add(balance(accountKey, r, format)));
                used = row.map(r -> format.text(PREFIX + "balanceUsed", r.period().toString(), ThresholdRule.percent(r).map(format::percent).orElse("–")));
            } else if (terms instanceof Cap cap) {
                Optional<CapConsumption> row = contracts.capConsumption(accountKey, month).stream().filter(r -> r.period().contains(month)).findFirst();
                row.ifPresent(r -> tables.add(cap(accountKey, cap, r, format)));
                used = row.map(r -> format.text(PREFIX + "capUsed", r.period().toString(), ThresholdRule.percent(r).map(format::percent).orElse("–")));
            }
        } catch (InvalidInputException beyondTheLedger) {
            // a contract started more than a ledger's months ago shows its terms only, as the Contracts page refuses it too
            used = Optional.empty();
        }
        List<InstalmentStatus> schedule = contracts.schedule(accountKey);
        if (!schedule.isEmpty()) {
            tables.add(schedule(accountKey, contract, schedule, format));
        }
        String headline = agreed.isEmpty() ? summary : summary + ": " + agreed;
        return Optional.of(new ContractPanelView(accountKey, format.text(PREFIX + "title", accountName),
                used.map(u -> headline + " · " + u).orElse(headline), tables, thresholdsText(accountKey, format), alert(accountKey, month, format)));
    }

    private static PageTable balance(String accountKey, RetainerBalance row, ViewerFormat format) {
        String none = "";
        List<PageRow> rows = List.of(
                figure("opening", ContractsPage.hours(row.openingSeconds(), format), none, format),
                figure("prepaid", ContractsPage.hours(row.prepaidSeconds(), format), format.money(row.fee()), format),
                figure("adjustments", ContractsPage.hours(row.adjustmentSeconds(), format), none, format),
                figure("used", ContractsPage.hours(row.usedSeconds(), format), none, format),
                new PageRow("overage", format.text("ratecard.contracts.overage"), List.of(ContractsPage.hours(row.overageSeconds(), format),
                        row.overageAmount().map(format::money).orElse(format.text("ratecard.contracts.rateCard"))), row.overageSeconds() > 0 ? "warning" : "", null),
                figure("expired", ContractsPage.hours(row.expiredSeconds(), format), none, format),
                figure("rolledOver", ContractsPage.hours(row.rolledOverSeconds(), format), none, format),
                figure("closing", ContractsPage.hours(row.closingSeconds(), format), none, format));
        return new PageTable("ratecard-contract-panel-balance-" + accountKey, PREFIX + "balance",
                List.of(PREFIX + "figure", PREFIX + "hours", PREFIX + "money"), rows);
    }

    private static PageTable cap(String accountKey, Cap cap, CapConsumption row, ViewerFormat format) {
        List<PageRow> rows = List.of(
                figure("limit", format.money(row.limit()), format),
                figure("workValue", format.money(row.workValue()), format),
                figure("billed", format.money(row.billed()), format),
                new PageRow("writtenOff", format.text("ratecard.contracts.writtenOff"), List.of(format.money(row.writtenOff())),
                        row.writtenOff().isZero() ? "" : "over", null),
                new PageRow("consumed", format.text(PREFIX + (cap.scope() == CapScope.TOTAL ? "consumedTotal" : "consumed")),
                        List.of(format.money(row.consumed())), "", null),
                figure("remaining", format.money(row.remaining()), format));
        return new PageTable("ratecard-contract-panel-cap-" + accountKey, PREFIX + "cap", List.of(PREFIX + "figure", PREFIX + "money"), rows);
    }

    private PageTable schedule(String accountKey, Contract contract, List<InstalmentStatus> schedule, ViewerFormat format) {
        YearMonth from = schedule.stream().map(InstalmentStatus::termsFrom).min(Comparator.naturalOrder()).orElse(contract.validFrom());
        Set<String> billed = invoiced.issuedIn(accountKey, new DateRange(from.atDay(1), LocalDate.of(9999, 12, 31))).stream()
                .flatMap(invoice -> invoice.lines().stream()).filter(line -> line.kind() == LineKind.INSTALMENT).map(InvoiceLine::groupKey)
                .collect(Collectors.toSet());
        List<PageRow> rows = new ArrayList<>();
        for (InstalmentStatus row : schedule) {
            String key = FixedFeeLines.key(row.termsFrom(), row.instalment());
            String dueBy = row.instalment().due() instanceof InstalmentDue.OnDate onDate ? format.date(onDate.date())
                    : format.text(PREFIX + "milestone", ((InstalmentDue.OnMilestone) row.instalment().due()).issueKey(),
                    row.dueOn().map(day -> format.text(PREFIX + "resolved", format.date(day))).orElse(format.text(PREFIX + "open")));
            String state = billed.contains(key) ? "billed" : row.due() ? "due" : "upcoming";
            rows.add(new PageRow(key, row.instalment().label(), List.of(format.money(row.instalment().amount()), dueBy,
                    format.text(PREFIX + "state." + state)), state.equals("due") ? "warning" : "", null));
        }
        return new PageTable("ratecard-contract-panel-schedule-" + accountKey, PREFIX + "schedule",
                List.of("ratecard.contracts.instalment", "ratecard.contracts.amount", "ratecard.contracts.dueBy", "ratecard.contracts.state"), rows);
    }

    private String thresholdsText(String accountKey, ViewerFormat format) {
        Optional<ContractThresholds> set = thresholds.thresholds(accountKey);
        if (set.isEmpty() || set.get().retainer().isEmpty() && set.get().cap().isEmpty()) {
            return format.text(PREFIX + "thresholds.none");
        }
        return format.text(PREFIX + "thresholds", percents(set.get().retainer()), percents(set.get().cap()));
    }

    /** The highest crossing recorded for the period that holds {@code month}. */
    private String alert(String accountKey, YearMonth month, ViewerFormat format) {
        return thresholds.crossings(accountKey).stream().filter(c -> c.period().contains(month))
                .max(Comparator.comparingInt(ThresholdCrossing::threshold))
                .map(c -> format.text(PREFIX + "alert." + c.kind().name(), String.valueOf(c.threshold()),
                        c.consumedPercent().map(format::percent).orElse("–"), c.period().toString()))
                .orElse("");
    }

    private static String percents(List<Integer> percents) {
        return percents.isEmpty() ? "–" : percents.stream().map(p -> p + " %").collect(Collectors.joining(", "));
    }

    private static PageRow figure(String name, String hours, String money, ViewerFormat format) {
        return new PageRow(name, format.text("ratecard.contracts." + name), List.of(hours, money), "", null);
    }

    private static PageRow figure(String name, String money, ViewerFormat format) {
        return new PageRow(name, format.text("ratecard.contracts." + name), List.of(money), "", null);
    }
}
