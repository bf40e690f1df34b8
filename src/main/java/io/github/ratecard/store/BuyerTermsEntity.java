package io.github.ratecard.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** An account's buyer terms for its invoices: one row per account key; texts empty where unknown. */
@Table("RC_BUYER_TERMS")
public interface BuyerTermsEntity extends Entity {

    String ACCOUNT_KEY = "ACCOUNT_KEY";
    String STREET = "STREET";
    String CITY = "CITY";
    String POSTAL_CODE = "POSTAL_CODE";
    String COUNTRY = "COUNTRY";
    String VAT_ID = "VAT_ID";
    String PAYMENT_DAYS = "PAYMENT_DAYS";
    String LANGUAGE = "LANGUAGE";

    @NotNull
    @Unique
    @Indexed
    String getAccountKey();

    void setAccountKey(String key);

    String getStreet();

    void setStreet(String street);

    String getCity();

    void setCity(String city);

    String getPostalCode();

    void setPostalCode(String postalCode);

    String getCountry();

    void setCountry(String countryCode);

    String getVatId();

    void setVatId(String vatId);

    Integer getPaymentDays();

    void setPaymentDays(Integer days);

    String getLanguage();

    void setLanguage(String language);
}
