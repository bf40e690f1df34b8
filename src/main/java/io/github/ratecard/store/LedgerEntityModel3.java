package io.github.ratecard.store;

import net.java.ao.RawEntity;
import net.java.ao.schema.AutoIncrement;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The ledger's table as model version 3 declared it, frozen for {@link io.github.ratecard.jira.Upgrade003LedgerValues}:
 * LedgerEntity's annotations, getters and setters as of model version 3, under another name, mapped to the same table.
 * Not one of the app's entities (see {@link Entities}): only the upgrade task migrates and reads it.
 */
@Table("RC_LEDGER")
@Indexes({
    @Index(name = "account_day", methodNames = {"getAccountKey", "getWorkDay"}),
    @Index(name = "project_day", methodNames = {"getProjectId", "getWorkDay"}),
    @Index(name = "author_day", methodNames = {"getAuthorKey", "getWorkDay"})
})
public interface LedgerEntityModel3 extends RawEntity<Long> {

    @AutoIncrement
    @NotNull
    @PrimaryKey("ID")
    long getId();

    @NotNull
    @Unique
    long getWorklogId();

    void setWorklogId(long id);

    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long id);

    @NotNull
    long getProjectId();

    void setProjectId(long id);

    @NotNull
    String getAuthorKey();

    void setAuthorKey(String key);

    @NotNull
    long getStartedMillis();

    void setStartedMillis(long millis);

    @NotNull
    long getWorkDay();

    void setWorkDay(long day);

    @NotNull
    long getWorkedSeconds();

    void setWorkedSeconds(long seconds);

    @NotNull
    long getBilledSeconds();

    void setBilledSeconds(long seconds);

    @NotNull
    boolean isBillable();

    void setBillable(boolean billable);

    String getAccountKey();

    void setAccountKey(String key);

    Long getCostMinor();

    void setCostMinor(Long minor);

    String getCostCurrency();

    void setCostCurrency(String currency);

    Long getBillMinor();

    void setBillMinor(Long minor);

    String getBillCurrency();

    void setBillCurrency(String currency);

    Long getValueMinor();

    void setValueMinor(Long minor);

    Long getCostRateId();

    void setCostRateId(Long id);

    Long getBillRateId();

    void setBillRateId(Long id);

    @NotNull
    @Indexed
    String getStatus();

    void setStatus(String status);

    @NotNull
    long getPricedMillis();

    void setPricedMillis(long millis);

    @NotNull
    long getSourceUpdatedMillis();

    void setSourceUpdatedMillis(long millis);

    @NotNull
    boolean isInvoiced();

    void setInvoiced(boolean invoiced);

    Long getDeletedMillis();

    void setDeletedMillis(Long millis);
}
