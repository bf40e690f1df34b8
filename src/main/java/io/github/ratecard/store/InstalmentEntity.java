package io.github.ratecard.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One instalment of a fixed-fee terms entry, in schedule order (SEQ_NO); due on DUE_DAY (an epoch day) or when MILESTONE is resolved. */
@Table("RC_CONTRACT_INST")
public interface InstalmentEntity extends Entity {

    String ACCOUNT_KEY = "ACCOUNT_KEY";
    String FROM_MONTH = "FROM_MONTH";
    String SEQ_NO = "SEQ_NO";
    String LABEL = "LABEL";
    String AMOUNT_MINOR = "AMOUNT_MINOR";
    String DUE_DAY = "DUE_DAY";
    String MILESTONE = "MILESTONE";

    @NotNull
    @Indexed
    String getAccountKey();

    void setAccountKey(String key);

    @NotNull
    int getFromMonth();

    void setFromMonth(int month);

    @NotNull
    int getSeqNo();

    void setSeqNo(int seqNo);

    @NotNull
    String getLabel();

    void setLabel(String label);

    @NotNull
    long getAmountMinor();

    void setAmountMinor(long minor);

    Long getDueDay();

    void setDueDay(Long day);

    @StringLength(255)
    String getMilestone();

    void setMilestone(String issueKey);
}
