package io.github.ratecard.rest;

import io.github.ratecard.contract.BalanceAdjustment;
import io.github.ratecard.contract.Cap;
import io.github.ratecard.contract.CapConsumption;
import io.github.ratecard.contract.Contract;
import io.github.ratecard.contract.ContractHours;
import io.github.ratecard.contract.DatedTerms;
import io.github.ratecard.contract.FixedFee;
import io.github.ratecard.contract.Instalment;
import io.github.ratecard.contract.InstalmentDue;
import io.github.ratecard.contract.InstalmentStatus;
import io.github.ratecard.contract.Retainer;
import io.github.ratecard.contract.RetainerBalance;
import io.github.ratecard.money.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** The JSON documents of contracts: hours as decimal texts ("11.5"), amounts as plain decimals in the account's currency. */
public final class ContractDocuments {

    private ContractDocuments() {
    }

    public record ContractDoc(String accountKey, String currency, String validFrom, String validTo, List<TermsDoc> terms) {
        static ContractDoc of(Contract contract) {
            return new ContractDoc(contract.accountKey(), contract.currency().getCurrencyCode(), contract.validFrom().toString(),
                    contract.validTo().map(YearMonth::toString).orElse(null), contract.terms().stream().map(TermsDoc::of).toList());
        }
    }

    /** One dated terms entry; the fields of other kinds are null. */
    public record TermsDoc(String from, String kind, String period, String fee, String prepaidHours, String rolloverLimitHours,
                           Integer expiresAfterPeriods, String overageRate, String limit, String scope, List<InstalmentDoc> schedule) {
        static TermsDoc of(DatedTerms dated) {
            String from = dated.from().toString();
            String kind = dated.terms().kind().name();
            if (dated.terms() instanceof Retainer r) {
                return new TermsDoc(from, kind, r.period().name(), plain(r.fee()), ContractHours.text(r.prepaidSeconds()),
                        ContractHours.text(r.rollover().limitSeconds()), r.rollover().expiresAfterPeriods(),
                        r.overageRate().map(rate -> rate.amount().stripTrailingZeros().toPlainString()).orElse(null), null, null, null);
            }
            if (dated.terms() instanceof Cap cap) {
                return new TermsDoc(from, kind, null, null, null, null, null, null, plain(cap.limit()), cap.scope().name(), null);
            }
            if (dated.terms() instanceof FixedFee fee) {
                return new TermsDoc(from, kind, null, null, null, null, null, null, null, null, fee.schedule().stream().map(InstalmentDoc::of).toList());
            }
            return new TermsDoc(from, kind, null, null, null, null, null, null, null, null, null);
        }
    }

    public record InstalmentDoc(String label, String amount, String dueDate, String milestone) {
        static InstalmentDoc of(Instalment instalment) {
            return instalment.due() instanceof InstalmentDue.OnDate onDate
                    ? new InstalmentDoc(instalment.label(), plain(instalment.amount()), onDate.date().toString(), null)
                    : new InstalmentDoc(instalment.label(), plain(instalment.amount()), null, ((InstalmentDue.OnMilestone) instalment.due()).issueKey());
        }
    }

    public record BalanceDoc(String first, String last, String fee, String openingHours, String prepaidHours, String adjustmentHours,
                             String usedHours, String overageHours, String overageAmount, String expiredHours, String rolledOverHours,
                             String closingHours) {
        static BalanceDoc of(RetainerBalance row) {
            return new BalanceDoc(row.period().first().toString(), row.period().last().toString(), plain(row.fee()), h(row.openingSeconds()),
                    h(row.prepaidSeconds()), h(row.adjustmentSeconds()), h(row.usedSeconds()), h(row.overageSeconds()),
                    row.overageAmount().map(ContractDocuments::plain).orElse(null), h(row.expiredSeconds()), h(row.rolledOverSeconds()),
                    h(row.closingSeconds()));
        }
    }

    public record CapDoc(String first, String last, String limit, String workValue, String billed, String writtenOff, String consumed, String remaining) {
        static CapDoc of(CapConsumption row) {
            return new CapDoc(row.period().first().toString(), row.period().last().toString(), plain(row.limit()), plain(row.workValue()),
                    plain(row.billed()), plain(row.writtenOff()), plain(row.consumed()), plain(row.remaining()));
        }
    }

    public record ScheduleDoc(String termsFrom, String label, String amount, String dueDate, String milestone, String dueOn, boolean due) {
        static ScheduleDoc of(InstalmentStatus status) {
            InstalmentDoc instalment = InstalmentDoc.of(status.instalment());
            return new ScheduleDoc(status.termsFrom().toString(), instalment.label(), instalment.amount(), instalment.dueDate(), instalment.milestone(),
                    status.dueOn().map(LocalDate::toString).orElse(null), status.due());
        }
    }

    /** The alert thresholds and the latest crossings. */
    public record ThresholdsDoc(List<Integer> retainer, List<Integer> cap, String setBy, List<CrossingDoc> crossings) {
        static ThresholdsDoc of(java.util.Optional<io.github.ratecard.contract.ContractThresholds> set,
                                List<io.github.ratecard.contract.ThresholdCrossing> crossings) {
            return new ThresholdsDoc(set.map(io.github.ratecard.contract.ContractThresholds::retainer).orElse(List.of()),
                    set.map(io.github.ratecard.contract.ContractThresholds::cap).orElse(List.of()),
                    set.map(io.github.ratecard.contract.ContractThresholds::setBy).orElse(null), crossings.stream().map(CrossingDoc::of).toList());
        }
    }

    public record CrossingDoc(String kind, int threshold, String consumedPercent, String first, String last, String raisedAt) {
        static CrossingDoc of(io.github.ratecard.contract.ThresholdCrossing crossing) {
            return new CrossingDoc(crossing.kind().name(), crossing.threshold(), crossing.consumedPercent().map(java.math.BigDecimal::toPlainString)
                    .orElse(null), crossing.period().first().toString(), crossing.period().last().toString(), crossing.raisedAt().toString());
        }
    }

    public record AdjustmentDoc(long id, String month, String hours, String reason, String author, String at) {
        static AdjustmentDoc of(BalanceAdjustment adjustment) {
            return new AdjustmentDoc(adjustment.id(), adjustment.month().toString(), h(adjustment.seconds()), adjustment.reason(), adjustment.author(),
                    adjustment.at().toString());
        }
    }

    private static String plain(Money amount) {
        return amount.toDecimal().toPlainString();
    }

    private static String h(long seconds) {
        return ContractHours.text(seconds);
    }
}
