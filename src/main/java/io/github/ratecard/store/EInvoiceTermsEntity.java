package io.github.ratecard.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * The seller's (SCOPE {@value #SELLER}) and each account's (SCOPE its key) e-invoice terms: one row per change, never
 * updated, so the terms in force at any moment are the row of that scope with the latest CHANGED_AT up to it. Texts
 * empty where unknown; the seller's columns are empty on an account's rows and the other way round.
 */
@Table("RC_EINV_TERMS")
public interface EInvoiceTermsEntity extends Entity {

    String SELLER = "*";
    String SCOPE = "SCOPE";
    String CHANGED_AT = "CHANGED_AT";

    @NotNull
    @Indexed
    String getScope();

    void setScope(String scope);

    /** Epoch milliseconds. */
    @NotNull
    long getChangedAt();

    void setChangedAt(long millis);

    String getIban();

    void setIban(String iban);

    String getBic();

    void setBic(String bic);

    String getEndpointScheme();

    void setEndpointScheme(String scheme);

    String getEndpointId();

    void setEndpointId(String id);

    String getContactName();

    void setContactName(String name);

    String getContactPhone();

    void setContactPhone(String phone);

    String getContactEmail();

    void setContactEmail(String email);

    String getBuyerReference();

    void setBuyerReference(String reference);

    String getOrderReference();

    void setOrderReference(String reference);

    String getVatCategory();

    void setVatCategory(String category);

    String getExemptionCode();

    void setExemptionCode(String code);

    String getExemptionReason();

    void setExemptionReason(String reason);

    boolean getXrechnung();

    void setXrechnung(boolean xrechnung);
}
