package io.github.ratecard.sandbox;

import io.github.ratecard.app.ContractService;
import io.github.ratecard.contract.Cap;
import io.github.ratecard.contract.CapScope;
import io.github.ratecard.contract.Contract;
import io.github.ratecard.contract.DatedTerms;
import io.github.ratecard.contract.FixedFee;
import io.github.ratecard.contract.Instalment;
import io.github.ratecard.contract.InstalmentDue;
import io.github.ratecard.contract.Milestones;
import io.github.ratecard.contract.PeriodLength;
import io.github.ratecard.contract.Retainer;
import io.github.ratecard.contract.Rollover;
import io.github.ratecard.money.Currencies;
import io.github.ratecard.money.Money;
import io.github.ratecard.rates.HourlyRate;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The demo story's contracts, entered through the app's service: Globex (USD) on a monthly retainer from May 2026
 * with rollover and an overage rate, and one goodwill adjustment; Acme Labs (EUR) on a fixed fee of three instalments,
 * one due when the epic ACMEDEV-1 was resolved; Initech (JPY) time and materials capped per month. Acme keeps time and
 * materials. The sandbox has no resolutions of its own, so {@link #MILESTONES} says when the milestone was reached.
 */
final class DemoContracts {

    static final String RETAINER = "GLOBEX";
    static final String FIXED_FEE = "ACME_LABS";
    static final String CAPPED = "INITECH";
    static final String MILESTONE = "ACMEDEV-1";
    static final LocalDate MILESTONE_RESOLVED = LocalDate.of(2026, 9, 18);
    static final YearMonth START = YearMonth.of(2026, 5);
    static final Milestones MILESTONES = keys -> keys.stream().filter(MILESTONE::equals)
            .collect(Collectors.toMap(key -> key, key -> MILESTONE_RESOLVED));

    private final ContractService contracts;
    private final io.github.ratecard.app.ContractThresholdService thresholds;

    DemoContracts(SandboxApp app) {
        this.contracts = app.bean(ContractService.class);
        this.thresholds = app.bean(io.github.ratecard.app.ContractThresholdService.class);
    }

    void seed() {
        contracts.save(contract(RETAINER, "USD", Retainer.withOverageRate(PeriodLength.MONTH, Money.parse("60000.00", "USD"), 1000 * 3600L,
                Rollover.upTo(150 * 3600L).expiringAfter(2), HourlyRate.parse("65", "USD"))));
        contracts.adjust(RETAINER, YearMonth.of(2026, 6), 20 * 3600L, "Goodwill for the June outage", "finance");
        contracts.save(contract(FIXED_FEE, "EUR", new FixedFee(List.of(
                new Instalment("Discovery", Money.parse("15000.00", "EUR"), new InstalmentDue.OnDate(LocalDate.of(2026, 6, 30))),
                new Instalment("Platform launch", Money.parse("40000.00", "EUR"), new InstalmentDue.OnMilestone(MILESTONE)),
                new Instalment("Hypercare", Money.parse("10000.00", "EUR"), new InstalmentDue.OnDate(LocalDate.of(2026, 12, 31)))))));
        contracts.save(contract(CAPPED, "JPY", new Cap(Money.parse("10000000", "JPY"), CapScope.MONTH)));
        thresholds.save(new io.github.ratecard.contract.ContractThresholds(RETAINER, List.of(80, 100), List.of(), "finance"));
        thresholds.save(new io.github.ratecard.contract.ContractThresholds(CAPPED, List.of(), List.of(80, 100), "finance"));
    }

    private static Contract contract(String account, String currency, io.github.ratecard.contract.ContractTerms terms) {
        return new Contract(account, Currencies.of(currency), START, Optional.empty(), List.of(new DatedTerms(START, terms)));
    }
}
