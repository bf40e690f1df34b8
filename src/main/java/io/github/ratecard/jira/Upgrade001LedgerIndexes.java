package io.github.ratecard.jira;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.github.ratecard.store.LedgerEntityModel1;

/**
 * Model version 1: the ledger table without its plain indexes on WORKLOG_ID and PROJECT_ID, which
 * only doubled the unique index on WORKLOG_ID and the leading column of PROJECT_DAY, and cost every
 * ledger write; and with an index on STATUS, for the few entries missing a rate. Migrating the
 * ledger's entity as model version 1 declared it (frozen: {@link LedgerEntityModel1}) drops the indexes
 * it no longer declares, creates the one it adds and keeps every row; on a new install it creates the
 * table as that entity declares it; run again, it changes nothing. Jira runs it once, before the later
 * tasks and before it migrates the module's entities.
 */
public final class Upgrade001LedgerIndexes implements ActiveObjectsUpgradeTask {

    public static final String MODEL_VERSION = "1";

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf(MODEL_VERSION);
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(LedgerEntityModel1.class);
    }
}
