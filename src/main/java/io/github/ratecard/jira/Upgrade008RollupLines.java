package io.github.ratecard.jira;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.github.ratecard.store.RollupEntityModel8;

/**
 * Model version 8: the rollups' index on KIND and PERIOD_MONTH goes on with PROJECT_ID and USER_KEY, the leading keys of a
 * line of the profitability report by person and by staff level, so that the database returns the rows of a kind's months
 * in the order of those lines with at most a sort of each person's few rows by account and currency (instead of sorting
 * 120,000 rows a year when 200 people work on 50 projects). It still serves every read of a kind's months that the old index
 * served, and it stays within every supported database's key length. Migrating the rollups' entity as model version 8
 * declared it (frozen: {@link RollupEntityModel8}) creates the new index, drops the old one and keeps every row and every
 * other index; on a new install it creates the table as that entity declares it; run again, it changes nothing.
 */
public final class Upgrade008RollupLines implements ActiveObjectsUpgradeTask {

    public static final String MODEL_VERSION = "8";

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf(MODEL_VERSION);
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(RollupEntityModel8.class);
    }
}
