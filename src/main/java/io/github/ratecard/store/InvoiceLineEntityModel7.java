package io.github.ratecard.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * The invoice line table as model version 7 declared it, frozen for {@link io.github.ratecard.jira.Upgrade007InvoiceLineVat}:
 * InvoiceLineEntity's annotations, getters and setters as of model version 7 (the three VAT columns of a line's own VAT added),
 * under another name, mapped to the same table. Not one of the app's entities (see {@link Entities}): only the upgrade task
 * migrates it.
 */
@Table("RC_INV_LINE")
public interface InvoiceLineEntityModel7 extends Entity {

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

    /** The line's own VAT category (S, Z or E); null: the invoice's rate. */
    String getVatCategory();

    void setVatCategory(String category);

    /** The line's own VAT rate in hundredths of a percent; null with the category. */
    Integer getVatBp();

    void setVatBp(Integer basisPoints);

    String getVatReason();

    void setVatReason(String reason);
}
