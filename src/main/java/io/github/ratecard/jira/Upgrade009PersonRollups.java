package io.github.ratecard.jira;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.github.ratecard.store.PersonRollupFill;
import io.github.ratecard.store.RollupEntityModel8;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Model version 9: the PERSON rollups (per person, currency and month, over all projects and accounts), which the
 * utilisation report reads instead of adding up the PROJECT rollups (about 2,400 rows a year for 200 people instead of
 * 120,000), made for the existing ledger from its PROJECT rollups ({@link PersonRollupFill}): every PERSON row deleted, then
 * one per person, currency and month with the sums of all figures of that person's PROJECT rows, in one transaction, so that
 * a run the database refuses leaves nothing half done and a second run writes the same rows. The table does not change:
 * it is migrated as version 8 declared it ({@link RollupEntityModel8}), which changes nothing after version 8's task and
 * creates it on a new install, where Jira runs this task too, before any table of the entities exists; there it fills
 * nothing. The ledger writes PERSON contributions from this version on. Logs one line with the rows written.
 */
public final class Upgrade009PersonRollups implements ActiveObjectsUpgradeTask {

    public static final String MODEL_VERSION = "9";
    /** The PERSON rows one statement adds. */
    public static final int BATCH = 500;
    private static final Logger LOG = LoggerFactory.getLogger(Upgrade009PersonRollups.class);

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf(MODEL_VERSION);
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(RollupEntityModel8.class);
        PersonRollupFill.Outcome outcome = new PersonRollupFill(ao, BATCH).run();
        LOG.info("Ratecard model version 9: {} person rollup rows written from the project rollups of {} months ({} earlier person rows"
                + " replaced)", outcome.written(), outcome.months(), outcome.deleted());
    }
}
