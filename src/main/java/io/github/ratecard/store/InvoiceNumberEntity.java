package io.github.ratecard.store;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** An issued invoice's number, unique: the database refuses to give a number to two documents. */
@Table("RC_INV_NUMBER")
public interface InvoiceNumberEntity extends Entity {

    String NUMBER = "NUMBER";
    String INVOICE_ID = "INVOICE_ID";

    @NotNull
    @Unique
    String getNumber();

    void setNumber(String number);

    @NotNull
    long getInvoiceId();

    void setInvoiceId(long id);
}
