package io.github.ratecard.sandbox;

import io.github.ratecard.ledger.WorklogChange;
import io.github.ratecard.ledger.WorklogIntake;
import io.github.ratecard.sandbox.model.SbWorklog;
import java.util.List;

/**
 * Prices every demo worklog on the caller's thread, each through the worklog intake exactly as a Jira
 * worklog event would be, for tests that need the whole demo story priced before they start. (A started
 * sandbox prices them by the back-fill job instead, see {@link DemoBackfill}.)
 */
final class DemoListenerPricing {

    private static final int PAGE = 500;

    private DemoListenerPricing() {
    }

    static void priceAll(SandboxStore store, WorklogIntake intake) {
        long lastId = 0;
        List<SbWorklog> page = store.worklogsAfter(lastId, PAGE);
        while (!page.isEmpty()) {
            for (SbWorklog worklog : page) {
                intake.accept(WorklogChange.saved(store.record(worklog)));
                lastId = worklog.getId();
            }
            page = store.worklogsAfter(lastId, PAGE);
        }
    }
}
