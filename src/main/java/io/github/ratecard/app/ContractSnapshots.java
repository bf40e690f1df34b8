package io.github.ratecard.app;

import io.github.ratecard.contract.BalanceAdjustment;
import io.github.ratecard.contract.Cap;
import io.github.ratecard.contract.Contract;
import io.github.ratecard.contract.ContractHours;
import io.github.ratecard.contract.ContractTerms;
import io.github.ratecard.contract.DatedTerms;
import io.github.ratecard.contract.FixedFee;
import io.github.ratecard.contract.InstalmentDue;
import io.github.ratecard.contract.Retainer;
import io.github.ratecard.rates.HourlyRate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the audit log keeps of a contract and of a balance adjustment. */
final class ContractSnapshots {

    private ContractSnapshots() {
    }

    static Map<String, Object> of(Contract contract) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("accountKey", contract.accountKey());
        map.put("currency", contract.currency().getCurrencyCode());
        map.put("validFrom", contract.validFrom().toString());
        map.put("validTo", contract.validTo().map(YearMonth::toString).orElse(null));
        map.put("terms", contract.terms().stream().map(ContractSnapshots::of).toList());
        return map;
    }

    static Map<String, Object> of(BalanceAdjustment adjustment) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("accountKey", adjustment.accountKey());
        map.put("month", adjustment.month().toString());
        map.put("hours", ContractHours.text(adjustment.seconds()));
        map.put("reason", adjustment.reason());
        return map;
    }

    private static Map<String, Object> of(DatedTerms dated) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("from", dated.from().toString());
        map.put("kind", dated.terms().kind().name());
        map.putAll(details(dated.terms()));
        return map;
    }

    private static Map<String, Object> details(ContractTerms terms) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (terms instanceof Retainer retainer) {
            map.put("period", retainer.period().name());
            map.put("fee", retainer.fee().toString());
            map.put("prepaidHours", ContractHours.text(retainer.prepaidSeconds()));
            map.put("rolloverLimitHours", ContractHours.text(retainer.rollover().limitSeconds()));
            map.put("expiresAfterPeriods", retainer.rollover().expiresAfterPeriods());
            map.put("overageRate", retainer.overageRate().map(HourlyRate::display).orElse("rate card"));
        } else if (terms instanceof Cap cap) {
            map.put("limit", cap.limit().toString());
            map.put("scope", cap.scope().name());
        } else if (terms instanceof FixedFee fee) {
            List<String> schedule = fee.schedule().stream().map(instalment -> instalment.label() + ": " + instalment.amount() + " due "
                    + (instalment.due() instanceof InstalmentDue.OnDate onDate ? onDate.date().toString()
                            : "on " + ((InstalmentDue.OnMilestone) instalment.due()).issueKey())).toList();
            map.put("schedule", schedule);
        }
        return map;
    }
}
