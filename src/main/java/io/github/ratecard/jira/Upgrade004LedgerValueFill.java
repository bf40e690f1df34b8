package io.github.ratecard.jira;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import io.github.ratecard.ledger.ItemFailures;
import io.github.ratecard.store.JdbcLedgerValueFill;
import io.github.ratecard.store.LedgerEntityModel3;
import io.github.ratecard.store.LedgerValueFill;
import io.github.ratecard.store.RollupEntityModel3;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Model version 4: the existing ledger entries valued from their stored bill rates and the rollups brought to the
 * ledger's figures, in the columns model version 3 added. The work is set-based SQL on SAL's executor
 * ({@link JdbcLedgerValueFill}), each window of entries and each project's or account's groups a transaction of the
 * app's own; where the tables are not as expected it is done through Active Objects ({@link LedgerValueFill}), as
 * version 3 first did it. When the database refuses a transaction, the task logs it and throws: Active Objects keeps
 * the model version before and Jira runs the task again at the next start of Ratecard, which finishes the work (what was
 * committed is not done twice). Entries left without a value (rate gone, or in another currency than the bill) or that
 * the app cannot read are logged one by one (the first {@value #LOGGED_ENTRIES}) and counted in the closing line; they
 * do not stop the task. Active Objects creates the task with the plugin's container, which passes SAL's executor.
 */
public final class Upgrade004LedgerValueFill implements ActiveObjectsUpgradeTask {

    public static final String MODEL_VERSION = "4";
    /** The {@code <ao>} module's namespace, from which Jira names the app's tables. */
    static final String NAMESPACE = "io.github.ratecard";
    static final long WINDOW = 20_000;
    static final int BATCH = 500;
    static final int LOGGED_ENTRIES = 20;
    private static final Logger LOG = LoggerFactory.getLogger(Upgrade004LedgerValueFill.class);

    private final TransactionalExecutorFactory executors;

    public Upgrade004LedgerValueFill(TransactionalExecutorFactory executors) {
        this.executors = executors;
    }

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf(MODEL_VERSION);
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        LedgerValueFill.Outcome outcome;
        try {
            JdbcLedgerValueFill.Result result = new JdbcLedgerValueFill(executors, NAMESPACE, WINDOW).run(new Logged());
            if (result.outcome().isPresent()) {
                outcome = result.outcome().get();
            } else {
                LOG.warn("Ratecard model version 4 values the ledger through Active Objects, one entry at a time: " + result.notRun());
                ao.migrate(LedgerEntityModel3.class, RollupEntityModel3.class);
                outcome = new LedgerValueFill(ao, BATCH).run(new Logged());
            }
        } catch (RuntimeException e) {
            LOG.error("Ratecard model version 4 stopped: " + e + ". The batches committed before stay; Ratecard stays at model version 3"
                    + " and the next start of Ratecard runs model version 4 again, which carries on from there");
            throw e;
        }
        LOG.info("Ratecard model version 4: {} ledger entries valued at their bill rates, {} left without a value as their bill rate is"
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
                LOG.warn("Ratecard model version 4 left {} without a value: {}", item, cause.getMessage());
            }
        }
    }
}
