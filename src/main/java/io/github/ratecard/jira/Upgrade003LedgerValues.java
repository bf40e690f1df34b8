package io.github.ratecard.jira;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.github.ratecard.ledger.ItemFailures;
import io.github.ratecard.store.LedgerEntity;
import io.github.ratecard.store.LedgerValueFill;
import io.github.ratecard.store.RollupEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Model version 3: ledger entries with the value of their worked time at the bill rate (RC_LEDGER.VALUE_MINOR), and
 * rollups with billable seconds, values and entries without a value (three RC_ROLLUP columns, 0 on the rows a version 2
 * wrote). Migrating the two entities adds the columns and keeps every row; {@link LedgerValueFill} then values the
 * existing entries from their stored bill rates and brings the rollups to the ledger's figures, in batches, so that a
 * run cut short is finished by the next and a second run changes nothing. Entries or groups it cannot handle are logged
 * one by one (the first {@value #LOGGED_FAILURES}) and counted in the closing line; the upgrade goes on past them.
 */
public final class Upgrade003LedgerValues implements ActiveObjectsUpgradeTask {

    public static final String MODEL_VERSION = "3";
    static final int BATCH = 1_000;
    static final int LOGGED_FAILURES = 20;
    private static final Logger LOG = LoggerFactory.getLogger(Upgrade003LedgerValues.class);

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf(MODEL_VERSION);
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(LedgerEntity.class, RollupEntity.class);
        LedgerValueFill.Outcome outcome = new LedgerValueFill(ao, BATCH).run(new Logged());
        String summary = "Ratecard model version 3: " + outcome.valued() + " ledger entries valued at their bill rates, "
                + outcome.withoutRate() + " left without a value as their bill rate is gone, " + outcome.groupsCorrected()
                + " rollup groups brought to the ledger's figures, " + outcome.failed() + " entries or groups failed";
        if (outcome.failed() == 0) {
            LOG.info(summary);
        } else {
            LOG.warn(summary + " (they stay as they were; re-pricing the affected work values them)");
        }
    }

    /** Logs the first failures; the outcome counts them all. */
    private static final class Logged implements ItemFailures {
        private int logged;

        @Override
        public void failed(String item, RuntimeException cause) {
            if (logged++ < LOGGED_FAILURES) {
                LOG.warn("Ratecard model version 3 could not handle {}: {}", item, cause.toString());
            }
        }
    }
}
