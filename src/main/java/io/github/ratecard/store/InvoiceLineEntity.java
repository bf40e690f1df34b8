package io.github.ratecard.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A line of an invoice, at its position; quantity and unit price decimal strings, the amount minor units of the invoice's currency.
 * The VAT columns (model version 7) are empty for a line at the invoice's rate, and so for every line written before.
 */
@Table("RC_INV_LINE")
public interface InvoiceLineEntity extends Entity {

    String INVOICE_ID = "INVOICE_ID";
    String POSITION = "POSITION";
    String KIND = "KIND";
    String LINE_KEY = "LINE_KEY";
    String TEXT = "TEXT";
    String QUANTITY = "QUANTITY";
    String UNIT_PRICE = "UNIT_PRICE";
    String AMOUNT_MINOR = "AMOUNT_MINOR";
    String SECONDS = "SECONDS";
    String ENTRIES = "ENTRIES";
    String VAT_CATEGORY = "VAT_CATEGORY";
    String VAT_BP = "VAT_BP";
    String VAT_REASON = "VAT_REASON";

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
