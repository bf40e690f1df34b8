package io.github.ratecard.web;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.ratecard.app.ContractService;
import io.github.ratecard.app.ContractThresholdService;
import io.github.ratecard.billing.AccountStore;
import io.github.ratecard.billing.ClientAccount;
import io.github.ratecard.contract.BalanceAdjustment;
import io.github.ratecard.contract.Cap;
import io.github.ratecard.contract.CapConsumption;
import io.github.ratecard.contract.Contract;
import io.github.ratecard.contract.ContractHours;
import io.github.ratecard.contract.ContractTerms;
import io.github.ratecard.contract.ContractThresholds;
import io.github.ratecard.contract.FixedFee;
import io.github.ratecard.contract.InstalmentDue;
import io.github.ratecard.contract.InstalmentStatus;
import io.github.ratecard.contract.Retainer;
import io.github.ratecard.contract.RetainerBalance;
import io.github.ratecard.contract.TermsSpan;
import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.NotFoundException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/** Builds finance's Contracts page from the contract and its computed figures, formatted for the viewer. */
public final class ContractsPage {

    private final ContractService contracts;
    private final AccountStore accounts;
    private final I18nResolver i18n;
    private final Supplier<Locale> locale;
    private final ContractThresholdService thresholds;

    public ContractsPage(ContractService contracts, AccountStore accounts, I18nResolver i18n, Supplier<Locale> locale) {
        this(contracts, accounts, i18n, locale, null);
    }

    /** {@code thresholds}: the alert thresholds shown and set on the page (none without them). */
    public ContractsPage(ContractService contracts, AccountStore accounts, I18nResolver i18n, Supplier<Locale> locale,
                         ContractThresholdService thresholds) {
        this.thresholds = thresholds;
        this.contracts = contracts;
        this.accounts = accounts;
        this.i18n = i18n;
        this.locale = locale;
    }

    /** The page of {@code accountKey} (none chosen when null); an unknown account is not found. */
    public ContractsView viewOf(String accountKey) {
        ViewerFormat format = new ViewerFormat(i18n, locale.get());
        List<ClientAccount> all = accounts.accounts(null, 0, InputLimits.ACCOUNTS_PAGE).items();
        List<FieldOption> options = all.stream().map(a -> new FieldOption(a.key(), a.key() + " – " + a.name(), a.key().equals(accountKey))).toList();
        if (accountKey == null) {
            return new ContractsView("", "", options, List.of(), List.of(), List.of(), List.of(), List.of());
        }
        ClientAccount account = accounts.account(accountKey).orElseThrow(() -> new NotFoundException("No account " + accountKey));
        Optional<Contract> contract = contracts.contract(accountKey);
        if (contract.isEmpty()) {
            return new ContractsView(account.key(), account.name(), options, List.of(), List.of(), List.of(), List.of(), List.of());
        }
        List<PageRow> terms = contract.get().spans().stream().map(span -> termsRow(span, format)).toList();
        List<PageRow> balance = contracts.ledger(accountKey, null).stream().map(row -> balanceRow(row, format)).toList();
        List<PageRow> cap = contracts.capConsumption(accountKey, null).stream().map(row -> capRow(row, format)).toList();
        List<PageRow> schedule = contracts.schedule(accountKey).stream().map(row -> scheduleRow(row, format)).toList();
        List<PageRow> adjustments = contracts.adjustments(accountKey).stream().map(row -> adjustmentRow(row, format)).toList();
        ContractsView view = new ContractsView(account.key(), account.name(), options, terms, balance, cap, schedule, adjustments);
        return thresholds == null ? view : withThresholds(view, accountKey, format);
    }

    private ContractsView withThresholds(ContractsView view, String accountKey, ViewerFormat format) {
        Optional<ContractThresholds> set = thresholds.thresholds(accountKey);
        List<PageRow> crossings = thresholds.crossings(accountKey).stream().map(c -> new PageRow(c.dedupKey(), c.period().toString(), List.of(
                format.text("ratecard.contract.alert.kind." + c.kind().name()), c.threshold() + " %", c.consumedPercent().map(format::percent).orElse("–"),
                format.date(c.raisedAt().atZone(ZoneOffset.UTC).toLocalDate())), "", null)).toList();
        return view.withThresholds(set.map(t -> percents(t.retainer())).orElse(""), set.map(t -> percents(t.cap())).orElse(""), crossings);
    }

    private static String percents(List<Integer> percents) {
        return String.join(", ", percents.stream().map(String::valueOf).toList());
    }

    private static PageRow termsRow(TermsSpan span, ViewerFormat format) {
        String to = span.last().map(YearMonth::toString).orElse(format.text("ratecard.contracts.open"));
        ContractTerms terms = span.terms();
        return new PageRow(span.first().toString(), span.first().toString(),
                List.of(to, format.text("ratecard.contracts.kind." + terms.kind().name()), summary(terms, format)), "", null);
    }

    static String summary(ContractTerms terms, ViewerFormat format) {
        if (terms instanceof Retainer r) {
            String overage = r.overageRate().map(rate -> format.money(io.github.ratecard.money.Money.rounded(rate.amount(), rate.currency())))
                    .orElse(format.text("ratecard.contracts.rateCard"));
            return format.text("ratecard.contracts.retainerSummary", format.money(r.fee()), hours(r.prepaidSeconds(), format),
                    format.text("ratecard.contracts.period." + r.period().name()), hours(r.rollover().limitSeconds(), format),
                    r.rollover().expires() ? Integer.toString(r.rollover().expiresAfterPeriods()) : format.text("ratecard.contracts.never"), overage);
        }
        if (terms instanceof Cap cap) {
            return format.text("ratecard.contracts.capSummary", format.money(cap.limit()), format.text("ratecard.contracts.scope." + cap.scope().name()));
        }
        if (terms instanceof FixedFee fee) {
            return format.text("ratecard.contracts.fixedFeeSummary", format.money(fee.total()), Integer.toString(fee.schedule().size()));
        }
        return "";
    }

    private static PageRow balanceRow(RetainerBalance row, ViewerFormat format) {
        return new PageRow(row.period().first().toString(), row.period().toString(), List.of(format.money(row.fee()),
                hours(row.openingSeconds(), format), hours(row.prepaidSeconds(), format), hours(row.adjustmentSeconds(), format),
                hours(row.usedSeconds(), format), hours(row.overageSeconds(), format),
                row.overageAmount().map(format::money).orElse(format.text("ratecard.contracts.rateCard")), hours(row.expiredSeconds(), format),
                hours(row.rolledOverSeconds(), format), hours(row.closingSeconds(), format)), row.overageSeconds() > 0 ? "warning" : "", null);
    }

    private static PageRow capRow(CapConsumption row, ViewerFormat format) {
        return new PageRow(row.period().first().toString(), row.period().toString(), List.of(format.money(row.limit()), format.money(row.workValue()),
                format.money(row.billed()), format.money(row.writtenOff()), format.money(row.remaining())),
                row.writtenOff().isZero() ? "" : "over", null);
    }

    private static PageRow scheduleRow(InstalmentStatus row, ViewerFormat format) {
        String dueBy = row.instalment().due() instanceof InstalmentDue.OnDate onDate ? format.date(onDate.date())
                : format.text("ratecard.contracts.milestone", ((InstalmentDue.OnMilestone) row.instalment().due()).issueKey());
        return new PageRow(row.instalment().label(), row.instalment().label(), List.of(format.money(row.instalment().amount()), dueBy,
                row.dueOn().map(format::date).orElse(""), format.text(row.due() ? "ratecard.contracts.due" : "ratecard.contracts.notDue")),
                row.due() ? "ok" : "", null);
    }

    private static PageRow adjustmentRow(BalanceAdjustment row, ViewerFormat format) {
        return new PageRow(Long.toString(row.id()), row.month().toString(), List.of(hours(row.seconds(), format), row.reason(), row.author(),
                format.date(row.at().atZone(ZoneOffset.UTC).toLocalDate())), "", null);
    }

    static String hours(long seconds, ViewerFormat format) {
        return format.decimals(0, 2).format(new BigDecimal(ContractHours.text(seconds)));
    }
}
