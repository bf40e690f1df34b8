package io.github.ratecard.insight.hints;

import io.github.ratecard.domain.InvalidInputException;
import java.util.Locale;
import java.util.Optional;

/** Which hints to list: by state (open when not given), rule, account and project; each empty for any. */
public record HintFilter(Optional<HintState> state, Optional<String> ruleId, Optional<String> accountKey, Optional<Long> projectId) {

    /** Reads the request's words: state "open", "dismissed", "resolved" or "all"; a rule id of {@link HintEngine#ruleIds()}. */
    public static HintFilter of(String state, String rule, String accountKey, Long projectId) {
        Optional<HintState> kept;
        if (state == null || state.isBlank()) {
            kept = Optional.of(HintState.OPEN);
        } else if (state.equals("all")) {
            kept = Optional.empty();
        } else {
            kept = java.util.Arrays.stream(HintState.values()).filter(s -> s.name().toLowerCase(Locale.ROOT).equals(state)).findFirst();
            InvalidInputException.require(kept.isPresent(), "state", "state must be open, dismissed, resolved or all");
        }
        Optional<String> ruleId = Optional.ofNullable(rule).filter(r -> !r.isBlank());
        InvalidInputException.require(ruleId.isEmpty() || HintEngine.ruleIds().contains(ruleId.get()), "rule",
                "rule must be one of " + String.join(", ", HintEngine.ruleIds()));
        return new HintFilter(kept, ruleId, Optional.ofNullable(accountKey).filter(a -> !a.isBlank()), Optional.ofNullable(projectId));
    }

    public boolean matches(Hint hint) {
        return state.map(s -> s == hint.state()).orElse(true)
                && ruleId.map(r -> r.equals(hint.finding().ruleId())).orElse(true)
                && accountKey.map(a -> a.equals(hint.finding().accountKey())).orElse(true)
                && projectId.map(p -> hint.finding().projectIds().contains(p)).orElse(true);
    }
}
