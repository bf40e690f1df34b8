package io.github.ratecard.rest;

import io.github.ratecard.contract.Cap;
import io.github.ratecard.contract.CapScope;
import io.github.ratecard.contract.ContractHours;
import io.github.ratecard.contract.ContractKind;
import io.github.ratecard.contract.ContractLimits;
import io.github.ratecard.contract.ContractTerms;
import io.github.ratecard.contract.FixedFee;
import io.github.ratecard.contract.Instalment;
import io.github.ratecard.contract.InstalmentDue;
import io.github.ratecard.contract.PeriodLength;
import io.github.ratecard.contract.Retainer;
import io.github.ratecard.contract.Rollover;
import io.github.ratecard.contract.TimeAndMaterials;
import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.rates.HourlyRate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The JSON bodies contracts accept, and how they become terms (in the account's currency). */
public final class ContractBodies {

    private ContractBodies() {
    }

    /** A whole contract: months such as 2026-05; {@code validTo} empty for open-ended. */
    public record ContractBody(String validFrom, String validTo, List<TermsBody> terms) {
    }

    /** One dated terms entry; only the fields of its kind are read. */
    public record TermsBody(String from, String kind, String period, String fee, String prepaidHours, String rolloverLimitHours,
                            Integer expiresAfterPeriods, String overageRate, String limit, String scope, List<InstalmentBody> schedule) {
    }

    public record InstalmentBody(String label, String amount, String dueDate, String milestone) {
    }

    /** New terms asked for on {@code requested}: they take effect at the next month boundary. */
    public record ChangeBody(String requested, TermsBody terms) {
    }

    /** Percents: {@code {"retainer": [80, 100], "cap": [90]}}. */
    public record ThresholdsBody(List<Integer> retainer, List<Integer> cap) {
    }

    public record AdjustmentBody(String month, String hours, String reason) {
    }

    static ContractTerms terms(TermsBody body, String currency, String field) {
        InvalidInputException.require(body != null, field, field + " is required");
        ContractKind kind = Inputs.requiredEnum(ContractKind.class, body.kind(), field + ".kind");
        return switch (kind) {
            case TIME_AND_MATERIALS -> TimeAndMaterials.INSTANCE;
            case RETAINER -> new Retainer(Inputs.requiredEnum(PeriodLength.class, body.period(), field + ".period"),
                    Inputs.money(body.fee(), currency, field + ".fee"),
                    ContractHours.seconds(body.prepaidHours(), ContractLimits.PREPAID_HOURS, false, field + ".prepaidHours"),
                    new Rollover(body.rolloverLimitHours() == null ? 0
                            : ContractHours.seconds(body.rolloverLimitHours(), ContractLimits.ROLLOVER_HOURS, false, field + ".rolloverLimitHours"),
                            body.expiresAfterPeriods() == null ? Rollover.NEVER : body.expiresAfterPeriods()),
                    body.overageRate() == null || body.overageRate().isBlank() ? Optional.empty()
                            : Optional.of(HourlyRate.parse(body.overageRate(), currency)));
            case CAP -> new Cap(Inputs.money(body.limit(), currency, field + ".limit"), Inputs.requiredEnum(CapScope.class, body.scope(), field + ".scope"));
            case FIXED_FEE -> new FixedFee(instalments(body.schedule(), currency, field + ".schedule"));
        };
    }

    private static List<Instalment> instalments(List<InstalmentBody> bodies, String currency, String field) {
        InvalidInputException.require(bodies != null && !bodies.isEmpty(), field, "A fixed fee needs at least one instalment");
        InputLimits.requireCount(bodies, ContractLimits.INSTALMENTS, field);
        List<Instalment> instalments = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            InstalmentBody body = bodies.get(i);
            String at = field + "[" + i + "]";
            InvalidInputException.require(body != null, at, at + " is required");
            boolean byDate = body.dueDate() != null && !body.dueDate().isBlank();
            boolean byMilestone = body.milestone() != null && !body.milestone().isBlank();
            InvalidInputException.require(byDate != byMilestone, at + ".dueDate", "Give a dueDate or a milestone, not both");
            InstalmentDue due = byDate ? new InstalmentDue.OnDate(Inputs.requiredDate(body.dueDate(), at + ".dueDate"))
                    : new InstalmentDue.OnMilestone(body.milestone());
            instalments.add(new Instalment(body.label(), Inputs.money(body.amount(), currency, at + ".amount"), due));
        }
        return instalments;
    }
}
