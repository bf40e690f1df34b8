package io.github.ratecard.jira;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.github.ratecard.store.LedgerEntityModel2;

/**
 * Model version 2: the ledger table with an index on AUTHOR_KEY and WORK_DAY, for the timesheets, which
 * read one user's entries of a week or a month (without it, each such read scans the whole ledger).
 * Migrating the ledger's entity as model version 2 declared it (frozen: {@link LedgerEntityModel2}) creates
 * the index and keeps every row and every other index; on a new install it creates the table as that entity
 * declares it; run again, it changes nothing. Jira runs it once, after model version 1 and before the later
 * tasks and its migration of the module's entities.
 */
public final class Upgrade002LedgerAuthorDays implements ActiveObjectsUpgradeTask {

    public static final String MODEL_VERSION = "2";

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf(MODEL_VERSION);
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(LedgerEntityModel2.class);
    }
}
