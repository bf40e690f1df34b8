package io.github.ratecard.sandbox;

import io.github.ratecard.insight.hints.DigestSubscriptions;
import io.github.ratecard.insight.hints.HintEngine;
import io.github.ratecard.insight.hints.HintJob;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's cost-optimisation hints, evaluated once the demo budgets are seeded, as of a month after
 * the demo's last work: months not invoiced, Globex's May work without a bill rate, budgets forecast to
 * overrun, account bill rates left unchanged for a year while the L1 cost rate rose, and agent40
 * billed to Acme below her cost. Finance is subscribed to the weekly hints e-mail, so the outbox shows
 * it after the next background run. Later daily runs look at the real today.
 */
final class DemoHints {

    static final LocalDate HINT_DAY = LocalDate.of(2026, 11, 15);
    private static final Logger LOG = LoggerFactory.getLogger(DemoHints.class);

    private DemoHints() {
    }

    static HintEngine.Evaluation evaluate(SandboxApp app) {
        HintEngine.Evaluation evaluation = app.bean(HintJob.class).runAsOf(HINT_DAY, (item, e) -> LOG.warn("Demo hints: {} failed", item, e));
        app.bean(DigestSubscriptions.class).subscribe("finance", true, app.clock.instant());
        return evaluation;
    }
}
