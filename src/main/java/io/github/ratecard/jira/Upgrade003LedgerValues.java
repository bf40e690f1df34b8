package io.github.ratecard.jira;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.github.ratecard.ledger.ItemFailures;
import io.github.ratecard.store.LedgerEntityModel3;
import io.github.ratecard.store.LedgerValueFill;
import io.github.ratecard.store.RollupEntityModel3;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Model version 3: ledger entries with the value of their worked time at the bill rate (RC_LEDGER.VALUE_MINOR), and
 * rollups with billable seconds, values and entries without a value (three RC_ROLLUP columns, 0 on the rows a version 2
 * wrote). Migrating the two tables as version 3 declared them (frozen: {@link LedgerEntityModel3},
 * {@link RollupEntityModel3}) adds the columns and keeps every row; {@link LedgerValueFill} then values the existing
 * entries from their stored bill rates and brings the rollups to the ledger's figures, in batches each committed on its
 * own. When the database refuses one, the task logs it and throws: Active Objects keeps model version 2 and Jira runs the
 * task again at the next start of Ratecard, which finishes the work (what was committed is not done twice). Entries
 * left without a value (rate gone, or in another currency than the bill) or that the app cannot read are logged one by
 * one (the first {@value #LOGGED_ENTRIES}) and counted in the closing line; they do not stop the task.
 */
public final class Upgrade003LedgerValues implements ActiveObjectsUpgradeTask {

    public static final String MODEL_VERSION = "3";
    static final int BATCH = 500;
    static final int LOGGED_ENTRIES = 20;
    private static final Logger LOG = LoggerFactory.getLogger(Upgrade003LedgerValues.class);

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf(MODEL_VERSION);
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(LedgerEntityModel3.class, RollupEntityModel3.class);
        LedgerValueFill.Outcome outcome;
        try {
            outcome = new LedgerValueFill(ao, BATCH).run(new Logged());
        } catch (RuntimeException e) {
            LOG.error("Ratecard model version 3 stopped: " + e + ". The batches committed before stay; Ratecard stays at model version 2"
                    + " and the next start of Ratecard runs model version 3 again, which carries on from there");
            throw e;
        }
        LOG.info("Ratecard model version 3: {} ledger entries valued at their bill rates, {} left without a value as their bill rate is"
                + " gone or in another currency than their bill, {} the app cannot read left without a value and out of the rollups,"
                + " {} rollup groups brought to the ledger's figures", outcome.valued(), outcome.withoutRate(), outcome.unreadable(),
                outcome.groupsCorrected());
    }

    /** Logs the first entries left without a value; the outcome counts them all. */
    private static final class Logged implements ItemFailures {
        private int logged;

        @Override
        public void failed(String item, RuntimeException cause) {
            if (logged++ < LOGGED_ENTRIES) {
                LOG.warn("Ratecard model version 3 left {} without a value: {}", item, cause.getMessage());
            }
        }
    }
}
