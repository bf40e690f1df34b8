package io.github.ratecard.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A document an accounting export contained (EXPORT_ID: its RC_ACC_EXPORT row). */
@Table("RC_ACC_EXPORT_DOC")
public interface AccountingExportDocEntity extends Entity {

    String EXPORT_ID = "EXPORT_ID";
    String INVOICE_ID = "INVOICE_ID";
    String NUMBER = "NUMBER";

    @NotNull
    @Indexed
    Integer getExportId();

    void setExportId(Integer exportId);

    @NotNull
    @Indexed
    Long getInvoiceId();

    void setInvoiceId(Long invoiceId);

    @StringLength(100)
    String getNumber();

    void setNumber(String number);
}
