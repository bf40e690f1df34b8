package io.github.ratecard.jira;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.github.ratecard.store.RollupEntityModel5;

/**
 * Model version 5: the rollup table with one index on KIND and PERIOD_MONTH in place of the index on KIND and the one on
 * PERIOD_MONTH. The Insights reports read one kind's rollups of a year; with an index on the month alone PostgreSQL reads
 * every kind's rows of the year and filters them. Migrating the rollups' entity as model version 5 declared it (frozen:
 * {@link RollupEntityModel5}) creates the new index, drops the two and keeps every row and every other index; on a new
 * install it creates the table as that entity declares it; run again, it changes nothing. Jira runs it once, after model
 * version 3 and before its migration of the module's entities.
 */
public final class Upgrade005RollupMonths implements ActiveObjectsUpgradeTask {

    public static final String MODEL_VERSION = "5";

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf(MODEL_VERSION);
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(RollupEntityModel5.class);
    }
}
