package io.github.ratecard.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** The invoice line table before model version 7 (no VAT columns: every line at its invoice's rate), for the upgrade's tests. */
@Table("RC_INV_LINE")
public interface InvoiceLineEntityModel6 extends Entity {

    @NotNull
    @Indexed
    long getInvoiceId();

    void setInvoiceId(long id);

    @NotNull
    int getPosition();

    void setPosition(int position);

    @NotNull
    String getKind();

    void setKind(String kind);

    @NotNull
    String getLineKey();

    void setLineKey(String key);

    @NotNull
    @StringLength(450)
    String getText();

    void setText(String text);

    @NotNull
    String getQuantity();

    void setQuantity(String quantity);

    @NotNull
    String getUnitPrice();

    void setUnitPrice(String price);

    @NotNull
    long getAmountMinor();

    void setAmountMinor(long minor);

    @NotNull
    long getSeconds();

    void setSeconds(long seconds);

    @NotNull
    int getEntries();

    void setEntries(int entries);
}
