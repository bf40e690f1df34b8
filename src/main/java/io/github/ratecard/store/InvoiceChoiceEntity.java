package io.github.ratecard.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A choice finance made on a draft: a worklog or expense left out (ITEM_ID), or a line's text (LINE_KEY, TEXT). */
@Table("RC_INV_CHOICE")
public interface InvoiceChoiceEntity extends Entity {

    String INVOICE_ID = "INVOICE_ID";
    String CHOICE = "CHOICE";
    String ITEM_ID = "ITEM_ID";
    String LINE_KEY = "LINE_KEY";
    String TEXT = "TEXT";

    @NotNull
    @Indexed
    long getInvoiceId();

    void setInvoiceId(long id);

    /** EXCLUDED_WORKLOG, EXCLUDED_EXPENSE or TEXT. */
    @NotNull
    String getChoice();

    void setChoice(String choice);

    Long getItemId();

    void setItemId(Long id);

    String getLineKey();

    void setLineKey(String key);

    @StringLength(450)
    String getText();

    void setText(String text);
}
