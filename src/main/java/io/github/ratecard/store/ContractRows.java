package io.github.ratecard.store;

import io.github.ratecard.contract.Cap;
import io.github.ratecard.contract.CapScope;
import io.github.ratecard.contract.ContractKind;
import io.github.ratecard.contract.ContractTerms;
import io.github.ratecard.contract.FixedFee;
import io.github.ratecard.contract.Instalment;
import io.github.ratecard.contract.InstalmentDue;
import io.github.ratecard.contract.PeriodLength;
import io.github.ratecard.contract.Retainer;
import io.github.ratecard.contract.Rollover;
import io.github.ratecard.contract.TimeAndMaterials;
import io.github.ratecard.money.Money;
import io.github.ratecard.rates.HourlyRate;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** How contracts map to rows: months are epoch months (months since January 1970), amounts minor units of the contract's currency. */
final class ContractRows {

    private ContractRows() {
    }

    static int epochMonth(YearMonth month) {
        return Math.toIntExact((month.getYear() - 1970) * 12L + month.getMonthValue() - 1);
    }

    static YearMonth month(int epochMonth) {
        return YearMonth.of(1970, 1).plusMonths(epochMonth);
    }

    /** The columns of a terms entry besides its account and month. */
    static Map<String, Object> termsColumns(ContractTerms terms) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(ContractTermsEntity.KIND, terms.kind().name());
        if (terms instanceof Retainer retainer) {
            columns.put(ContractTermsEntity.PERIOD_KIND, retainer.period().name());
            columns.put(ContractTermsEntity.AMOUNT_MINOR, retainer.fee().minorUnits());
            columns.put(ContractTermsEntity.PREPAID_SECONDS, retainer.prepaidSeconds());
            columns.put(ContractTermsEntity.ROLLOVER_SECONDS, retainer.rollover().limitSeconds());
            columns.put(ContractTermsEntity.EXPIRY_PERIODS, retainer.rollover().expiresAfterPeriods());
            retainer.overageRate().ifPresent(rate -> columns.put(ContractTermsEntity.OVERAGE_RATE, rate.tenThousandths()));
        } else if (terms instanceof Cap cap) {
            columns.put(ContractTermsEntity.PERIOD_KIND, cap.scope().name());
            columns.put(ContractTermsEntity.AMOUNT_MINOR, cap.limit().minorUnits());
        }
        return columns;
    }

    static ContractTerms terms(ContractTermsEntity row, Currency currency, List<InstalmentEntity> instalments) {
        return switch (ContractKind.valueOf(row.getKind())) {
            case TIME_AND_MATERIALS -> TimeAndMaterials.INSTANCE;
            case RETAINER -> new Retainer(PeriodLength.valueOf(row.getPeriodKind()), Money.ofMinor(row.getAmountMinor(), currency),
                    row.getPrepaidSeconds(), new Rollover(row.getRolloverSeconds(), row.getExpiryPeriods()),
                    Optional.ofNullable(row.getOverageRate()).map(rate -> HourlyRate.ofTenThousandths(rate, currency)));
            case CAP -> new Cap(Money.ofMinor(row.getAmountMinor(), currency), CapScope.valueOf(row.getPeriodKind()));
            case FIXED_FEE -> new FixedFee(instalments.stream().map(instalment -> instalment(instalment, currency)).toList());
        };
    }

    static Map<String, Object> instalmentColumns(Instalment instalment) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(InstalmentEntity.LABEL, instalment.label());
        columns.put(InstalmentEntity.AMOUNT_MINOR, instalment.amount().minorUnits());
        if (instalment.due() instanceof InstalmentDue.OnDate onDate) {
            columns.put(InstalmentEntity.DUE_DAY, onDate.date().toEpochDay());
        } else {
            columns.put(InstalmentEntity.MILESTONE, ((InstalmentDue.OnMilestone) instalment.due()).issueKey());
        }
        return columns;
    }

    private static Instalment instalment(InstalmentEntity row, Currency currency) {
        InstalmentDue due = row.getDueDay() != null ? new InstalmentDue.OnDate(LocalDate.ofEpochDay(row.getDueDay()))
                : new InstalmentDue.OnMilestone(row.getMilestone());
        return new Instalment(row.getLabel(), Money.ofMinor(row.getAmountMinor(), currency), due);
    }
}
