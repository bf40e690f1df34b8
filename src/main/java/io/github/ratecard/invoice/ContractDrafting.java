package io.github.ratecard.invoice;

import io.github.ratecard.contract.Cap;
import io.github.ratecard.contract.CapScope;
import io.github.ratecard.contract.Contract;
import io.github.ratecard.contract.ContractFigures;
import io.github.ratecard.contract.ContractPeriod;
import io.github.ratecard.contract.ContractStore;
import io.github.ratecard.contract.ContractUsage;
import io.github.ratecard.contract.FixedFee;
import io.github.ratecard.contract.FixedFeeSchedule;
import io.github.ratecard.contract.Milestones;
import io.github.ratecard.contract.PeriodUsage;
import io.github.ratecard.contract.Retainer;
import io.github.ratecard.contract.RetainerBalance;
import io.github.ratecard.contract.TermsSpan;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.money.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Applies the account's contract to a draft: the terms in force on the draft's last day decide. A retainer bills its
 * period's fee and the overage, with the balance from the contract's ledger (this draft's work counted in its period);
 * a fixed fee bills the instalments due and no time; a cap bills time and materials and writes off what goes beyond it;
 * time and materials (no contract) leaves the draft as it always was. A retainer's and a fixed fee's draft also take
 * the work added to invoiced periods right before it, which no invoice bills yet.
 */
public final class ContractDrafting {

    /** No contracts: every draft bills time and materials. */
    public static final ContractDrafting NONE = new ContractDrafting(null, null, null, null);

    private final ContractStore contracts;
    private final InvoicedUsage usage;
    private final Milestones milestones;
    private final BuyerTermsStore buyers;

    public ContractDrafting(ContractStore contracts, InvoicedUsage usage, Milestones milestones, BuyerTermsStore buyers) {
        this.contracts = contracts;
        this.usage = usage;
        this.milestones = milestones;
        this.buyers = buyers;
    }

    /** How a draft of these header's account and period is billed; empty for time and materials. */
    public Optional<Plan> plan(InvoiceHeader header) {
        if (contracts == null || header.creditOf().isPresent()) {
            return Optional.empty();
        }
        Optional<Contract> contract = contracts.contract(header.accountKey());
        YearMonth month = YearMonth.from(header.period().last());
        Optional<TermsSpan> span = contract.flatMap(c -> c.spanIn(month));
        if (span.isEmpty() || !span.get().terms().currency().map(header.currency()::equals).orElse(false)) {
            return Optional.empty();
        }
        ContractWords words = ContractWords.of(buyers.terms(header.accountKey()).map(BuyerTerms::language).orElse("en"));
        return Optional.of(new Plan(contract.get(), span.get(), header, words));
    }

    /** A draft's contract at work: which days its work is read from, and what it makes of the work. */
    public final class Plan {

        private final Contract contract;
        private final TermsSpan span;
        private final InvoiceHeader header;
        private final ContractWords words;
        private final ContractPeriod period;

        private Plan(Contract contract, TermsSpan span, InvoiceHeader header, ContractWords words) {
            this.contract = contract;
            this.span = span;
            this.header = header;
            this.words = words;
            YearMonth month = YearMonth.from(header.period().last());
            this.period = span.terms() instanceof Cap cap && cap.scope() == CapScope.TOTAL ? new ContractPeriod(span.first(), month)
                    : contract.periodOf(month);
        }

        /** Whether the draft bills its work line by line (a cap: time and materials), not through the contract's lines. */
        public boolean billsWorkAsTime() {
            return span.terms() instanceof Cap;
        }

        /** The days whose un-invoiced work the draft bills: its period's, and a retainer's or fixed fee's invoiced periods' right before. */
        public DateRange workDays() {
            if (billsWorkAsTime()) {
                return header.period();
            }
            List<ContractPeriod> earlier = span.periodsThrough(period.first().minusMonths(1));
            if (earlier.isEmpty()) {
                return period.days();
            }
            List<Invoice> issued = usage.issuedIn(header.accountKey(), new DateRange(earlier.get(0).first().atDay(1),
                    earlier.get(earlier.size() - 1).last().atEndOfMonth()));
            YearMonth from = period.first();
            for (int i = earlier.size() - 1; i >= 0 && billsAny(issued, earlier.get(i)); i--) {
                from = earlier.get(i).first();
            }
            return new DateRange(from.atDay(1), period.last().atEndOfMonth());
        }

        private static boolean billsAny(List<Invoice> issued, ContractPeriod period) {
            return issued.stream().anyMatch(invoice -> period.days().contains(invoice.header().period().last()));
        }

        /** The period's name in the account's language: {@code May 2026}. */
        public String periodName() {
            return words.period(period.first(), period.last());
        }

        /** The retainer's or fixed fee's period the draft bills, or the cap's. */
        public ContractPeriod period() {
            return period;
        }

        /** Refuses (400) a draft that does not bill exactly one of the retainer's periods. */
        public void requireFits() {
            if (span.terms() instanceof Retainer && !header.period().equals(period.days())) {
                throw new io.github.ratecard.domain.InvalidInputException("to", "The account's retainer bills " + periodName()
                        + " as one period: draft " + period.days().first() + " to " + period.days().last());
            }
        }

        /**
         * Why the draft cannot be issued under a retainer: it does not bill exactly one of the retainer's periods, or an
         * issued invoice bills its period already (a second one would bill the fee twice).
         */
        public Optional<String> conflict() {
            if (!(span.terms() instanceof Retainer)) {
                return Optional.empty();
            }
            if (!header.period().equals(period.days())) {
                return Optional.of("The account's retainer bills " + periodName() + " as one period: draft " + period.days().first() + " to "
                        + period.days().last());
            }
            return usage.issuedIn(header.accountKey(), period.days()).stream().findFirst().map(invoice -> periodName() + " is billed by "
                    + invoice.describe() + " already; work added since bills on the next period's invoice");
        }

        /** What the contract makes of the draft's work ({@code work}: not left out) and its lines of time ({@code timeLines}, a cap's). */
        public ContractDraft compose(List<BillableWork> work, List<InvoiceLine> timeLines, Map<String, String> texts) {
            if (span.terms() instanceof Retainer retainer) {
                return RetainerLines.compose(period, retainer, figures(work), work, texts, words);
            }
            if (span.terms() instanceof FixedFee fee) {
                Map<String, LocalDate> resolved = milestones.resolvedOn(FixedFeeSchedule.milestones(fee));
                return FixedFeeLines.compose(span.first(), fee, header.period(), billedKeys(LineKind.INSTALMENT),
                        key -> Optional.ofNullable(resolved.get(key)), work, texts, words);
            }
            Cap cap = (Cap) span.terms();
            String periodName = words.period(period.first(), period.last());
            return CapLines.compose(period.first().toString(), periodName, cap, billedBefore(), timeLines, work, texts, words);
        }

        /** The retainer's ledger with this draft's work as its period's use. */
        private RetainerFigures figures(List<BillableWork> work) {
            long used = work.stream().mapToLong(BillableWork::billedSeconds).sum();
            ContractUsage withDraft = (account, periods) -> {
                List<PeriodUsage> read = new ArrayList<>(usage.usage(account, periods));
                for (int i = 0; i < periods.size(); i++) {
                    if (periods.get(i).equals(period)) {
                        read.set(i, new PeriodUsage(used, read.get(i).workValue()));
                    }
                }
                return read;
            };
            List<RetainerBalance> ledger = new ContractFigures(withDraft, milestones).retainerLedger(contract, period.last(),
                    contracts.adjustments(header.accountKey()));
            RetainerBalance row = ledger.stream().filter(balance -> balance.period().equals(period)).findFirst().orElseThrow();
            return new RetainerFigures(row.openingSeconds() + row.adjustmentSeconds(), row.prepaidSeconds(), row.usedSeconds(),
                    row.expiredSeconds(), row.rolledOverSeconds(), row.closingSeconds());
        }

        private Set<String> billedKeys(LineKind kind) {
            return usage.issuedIn(header.accountKey(), new DateRange(span.first().atDay(1), LocalDate.of(9999, 12, 31))).stream()
                    .flatMap(invoice -> invoice.lines().stream()).filter(line -> line.kind() == kind).map(InvoiceLine::groupKey)
                    .collect(Collectors.toSet());
        }

        /** What issued invoices of the cap's period billed toward it before this draft: their work, adjustments and write-offs. */
        private Money billedBefore() {
            DateRange days = new DateRange(period.first().atDay(1), period.last().atEndOfMonth());
            return Money.sum(header.currency(), usage.issuedIn(header.accountKey(), days).stream().flatMap(invoice -> invoice.lines().stream())
                    .filter(line -> line.kind() == LineKind.WORK || line.kind() == LineKind.ADJUSTMENT || line.kind() == LineKind.WRITE_OFF)
                    .map(InvoiceLine::amount).toList());
        }
    }
}
