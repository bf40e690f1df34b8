package io.github.ratecard.insight.hints;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** When the hints were last evaluated, with which rules failing, and whether finance asked for a run. */
public interface HintRuns {

    /** One run: when it was asked for (and by whom; empty for the daily run), when it finished, the rules that failed. */
    record Run(Optional<String> requestedBy, Optional<Instant> requestedAt, Optional<Instant> finishedAt, List<HintEngine.RuleFailure> failures,
               int found) {
    }

    Optional<Run> latest();

    /** Asks for a run soon; a request already waiting is kept. */
    void request(String userKey, Instant at);

    /** Records a finished run; it answers a waiting request. */
    void finished(Instant at, List<HintEngine.RuleFailure> failures, int found);
}
