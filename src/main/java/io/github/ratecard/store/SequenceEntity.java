package io.github.ratecard.store;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The next number of an invoice sequence (prefix, kind and year). A number is taken by deleting the
 * row that holds it, only if it still holds it, and inserting the next: the deletion locks the row
 * until the issuing transaction ends, so two issuers never get the same number, and a rollback
 * brings the number back.
 */
@Table("RC_INV_SEQ")
public interface SequenceEntity extends Entity {

    String SEQ_KEY = "SEQ_KEY";
    String NEXT_VALUE = "NEXT_VALUE";

    @NotNull
    @Unique
    String getSeqKey();

    void setSeqKey(String key);

    @NotNull
    long getNextValue();

    void setNextValue(long value);
}
