package io.github.ratecard.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** The seller and buyer of an issued document as they were when it was issued; one row per document. */
@Table("RC_INV_PARTIES")
public interface InvoicePartiesEntity extends Entity {

    String INVOICE_ID = "INVOICE_ID";
    String SELLER_NAME = "SELLER_NAME";
    String SELLER_COUNTRY = "SELLER_COUNTRY";
    String SELLER_STREET = "SELLER_STREET";
    String SELLER_CITY = "SELLER_CITY";
    String SELLER_POSTAL_CODE = "SELLER_POSTAL_CODE";
    String SELLER_VAT_ID = "SELLER_VAT_ID";
    String BUYER_NAME = "BUYER_NAME";
    String BUYER_COUNTRY = "BUYER_COUNTRY";
    String BUYER_STREET = "BUYER_STREET";
    String BUYER_CITY = "BUYER_CITY";
    String BUYER_POSTAL_CODE = "BUYER_POSTAL_CODE";
    String BUYER_VAT_ID = "BUYER_VAT_ID";
    String PAYMENT_DAYS = "PAYMENT_DAYS";
    String LANGUAGE = "LANGUAGE";

    @NotNull
    @Unique
    @Indexed
    long getInvoiceId();

    void setInvoiceId(long id);

    String getSellerName();

    void setSellerName(String name);

    String getSellerCountry();

    void setSellerCountry(String country);

    String getSellerStreet();

    void setSellerStreet(String street);

    String getSellerCity();

    void setSellerCity(String city);

    String getSellerPostalCode();

    void setSellerPostalCode(String postalCode);

    String getSellerVatId();

    void setSellerVatId(String vatId);

    String getBuyerName();

    void setBuyerName(String name);

    String getBuyerCountry();

    void setBuyerCountry(String country);

    String getBuyerStreet();

    void setBuyerStreet(String street);

    String getBuyerCity();

    void setBuyerCity(String city);

    String getBuyerPostalCode();

    void setBuyerPostalCode(String postalCode);

    String getBuyerVatId();

    void setBuyerVatId(String vatId);

    Integer getPaymentDays();

    void setPaymentDays(Integer days);

    String getLanguage();

    void setLanguage(String language);
}
