package io.github.ratecard.contract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A contract's figures from what was used: the retainer balance ledger, the cap consumption and the fixed-fee schedule. */
public final class ContractFigures {

    private final ContractUsage usage;
    private final Milestones milestones;

    public ContractFigures(ContractUsage usage, Milestones milestones) {
        this.usage = usage;
        this.milestones = milestones;
    }

    /**
     * The balance ledger of every retainer period that starts by {@code through}, earliest first. Consecutive retainer
     * terms share one balance; a retainer that ends (other terms follow, or the contract ends) lets its balance lapse,
     * and the next one opens with nothing. Adjustments count in the period that contains their month.
     */
    public List<RetainerBalance> retainerLedger(Contract contract, YearMonth through, List<BalanceAdjustment> adjustments) {
        List<RetainerBalance> rows = new ArrayList<>();
        List<TermsSpan> spans = contract.spans();
        int start = 0;
        while (start < spans.size()) {
            int end = start;
            while (end < spans.size() && spans.get(end).terms() instanceof Retainer) {
                end++;
            }
            if (end > start) {
                rows.addAll(run(contract, spans.subList(start, end), through, adjustments));
            }
            start = Math.max(end, start + 1);
        }
        return rows;
    }

    /** The consumption of every cap period that starts by {@code through}, earliest first; each cap terms entry starts afresh. */
    public List<CapConsumption> capConsumption(Contract contract, YearMonth through) {
        List<CapConsumption> rows = new ArrayList<>();
        for (TermsSpan span : contract.spans()) {
            if (span.terms() instanceof Cap cap) {
                List<ContractPeriod> periods = span.periodsThrough(through);
                List<PeriodUsage> used = periods.isEmpty() ? List.of() : usage.usage(contract.accountKey(), periods);
                rows.addAll(CapLedger.compute(cap, periods, used.stream().map(PeriodUsage::workValue).toList()));
            }
        }
        return rows;
    }

    /** Every instalment of the contract's fixed fees with its due day and whether it is due on {@code today}. */
    public List<InstalmentStatus> schedule(Contract contract, LocalDate today) {
        List<InstalmentStatus> rows = new ArrayList<>();
        for (TermsSpan span : contract.spans()) {
            if (span.terms() instanceof FixedFee fee) {
                Map<String, LocalDate> resolved = milestones.resolvedOn(FixedFeeSchedule.milestones(fee));
                rows.addAll(FixedFeeSchedule.status(span.first(), fee, resolved, today));
            }
        }
        return rows;
    }

    private List<RetainerBalance> run(Contract contract, List<TermsSpan> spans, YearMonth through, List<BalanceAdjustment> adjustments) {
        List<ContractPeriod> periods = new ArrayList<>();
        List<Retainer> terms = new ArrayList<>();
        for (TermsSpan span : spans) {
            for (ContractPeriod period : span.periodsThrough(through)) {
                periods.add(period);
                terms.add((Retainer) span.terms());
            }
        }
        if (periods.isEmpty()) {
            return List.of();
        }
        List<PeriodUsage> used = usage.usage(contract.accountKey(), periods);
        TermsSpan last = spans.get(spans.size() - 1);
        List<RetainerPeriod> inputs = new ArrayList<>(periods.size());
        for (int i = 0; i < periods.size(); i++) {
            ContractPeriod period = periods.get(i);
            long adjusted = adjustments.stream().filter(a -> period.contains(a.month())).mapToLong(BalanceAdjustment::seconds).sum();
            boolean ends = last.last().map(period.last()::equals).orElse(false);
            inputs.add(new RetainerPeriod(period, terms.get(i), used.get(i).billedSeconds(), adjusted, ends));
        }
        return RetainerLedger.compute(inputs);
    }
}
