package io.github.ratecard.jira;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.github.ratecard.store.InvoiceLineEntityModel7;

/**
 * Model version 7: the invoice lines' VAT columns (a line's own VAT category, rate and exemption reason). Migrating the lines'
 * entity as model version 7 declared it (frozen: {@link InvoiceLineEntityModel7}) adds the three columns, empty on every
 * line there is, so every invoice issued before reads as it did: all its lines at the invoice's one rate. It keeps every row
 * and index; on a new install it creates the table as that entity declares it; run again, it changes nothing. It reads and
 * writes no other table, so it does not depend on the tasks of earlier versions having run.
 */
public final class Upgrade007InvoiceLineVat implements ActiveObjectsUpgradeTask {

    public static final String MODEL_VERSION = "7";

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf(MODEL_VERSION);
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(InvoiceLineEntityModel7.class);
    }
}
