package io.github.ratecard.contract;

import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.Refusal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * The alert thresholds finance set for an account's contract, in percent: of the retainer balance a period had to use
 * (opening, prepaid and adjustments), and of the cap. Each list is ascending, without repeats, each value from
 * {@link #LOWEST} to {@link #HIGHEST}, at most {@link #MOST} of them; an empty list raises no alert of that kind.
 * {@code setBy} is the user who set them, who receives the alerts' e-mails.
 */
public record ContractThresholds(String accountKey, List<Integer> retainer, List<Integer> cap, String setBy) {

    public static final int LOWEST = 1;
    public static final int HIGHEST = io.github.ratecard.domain.InputLimits.CONTRACT_THRESHOLD_PERCENT;
    public static final int MOST = io.github.ratecard.domain.InputLimits.CONTRACT_THRESHOLDS;

    public ContractThresholds {
        Objects.requireNonNull(accountKey, "accountKey");
        Objects.requireNonNull(setBy, "setBy");
        retainer = checked(retainer, "retainer");
        cap = checked(cap, "cap");
    }

    /** The thresholds of a kind of alert. */
    public List<Integer> of(ThresholdCrossing.Kind kind) {
        return kind == ThresholdCrossing.Kind.RETAINER ? retainer : cap;
    }

    private static List<Integer> checked(List<Integer> percents, String field) {
        List<Integer> given = percents == null ? List.of() : percents;
        InvalidInputException.require(given.size() <= MOST, field, "At most " + MOST + " thresholds", Refusal.of(Refusal.Reason.AT_MOST, MOST));
        for (Integer percent : given) {
            InvalidInputException.require(percent != null && percent >= LOWEST && percent <= HIGHEST, field,
                    "A threshold is a percent from " + LOWEST + " to " + HIGHEST, Refusal.of(Refusal.Reason.OUT_OF_RANGE, LOWEST, HIGHEST));
        }
        InvalidInputException.require(new HashSet<>(given).size() == given.size(), field, "A threshold is given twice",
                Refusal.of(Refusal.Reason.AT_MOST, 1));
        return given.stream().sorted().toList();
    }
}
