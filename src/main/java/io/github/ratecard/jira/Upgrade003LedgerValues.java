package io.github.ratecard.jira;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.github.ratecard.store.LedgerEntityModel3;
import io.github.ratecard.store.RollupEntityModel3;

/**
 * Model version 3: ledger entries with the value of their worked time at the bill rate (RC_LEDGER.VALUE_MINOR), and
 * rollups with billable seconds, values and entries without a value (three RC_ROLLUP columns, 0 on the rows a version 2
 * wrote). Migrating the two tables as version 3 declared them (frozen: {@link LedgerEntityModel3},
 * {@link RollupEntityModel3}) adds the columns and keeps every row. The values of the existing entries are model version
 * 4's work ({@link Upgrade004LedgerValueFill}): Jira runs each task in a transaction of Active Objects, so the columns
 * added here are committed before version 4 writes them through connections of its own.
 */
public final class Upgrade003LedgerValues implements ActiveObjectsUpgradeTask {

    public static final String MODEL_VERSION = "3";

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf(MODEL_VERSION);
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(LedgerEntityModel3.class, RollupEntityModel3.class);
    }
}
