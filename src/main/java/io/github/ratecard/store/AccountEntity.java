package io.github.ratecard.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A client account. TAX_RATE_BP is the tax rate in basis points (hundredths of a percent). */
@Table("RC_ACCOUNT")
public interface AccountEntity extends Entity {

    String ACCOUNT_KEY = "ACCOUNT_KEY";
    String NAME = "NAME";
    String CUSTOMER_NAME = "CUSTOMER_NAME";
    String CURRENCY = "CURRENCY";
    String CATEGORY = "CATEGORY";
    String STATUS = "STATUS";
    String INCREMENT_MINUTES = "INCREMENT_MINUTES";
    String ROUNDING_MODE = "ROUNDING_MODE";
    String MINIMUM_MINUTES = "MINIMUM_MINUTES";
    String TAX_RATE_BP = "TAX_RATE_BP";
    String INVOICE_PREFIX = "INVOICE_PREFIX";

    @NotNull
    @Unique
    @Indexed
    String getAccountKey();

    void setAccountKey(String key);

    @NotNull
    String getName();

    void setName(String name);

    String getCustomerName();

    void setCustomerName(String customerName);

    @NotNull
    String getCurrency();

    void setCurrency(String currency);

    @NotNull
    String getCategory();

    void setCategory(String category);

    @NotNull
    @Indexed
    String getStatus();

    void setStatus(String status);

    @NotNull
    int getIncrementMinutes();

    void setIncrementMinutes(int minutes);

    @NotNull
    String getRoundingMode();

    void setRoundingMode(String mode);

    @NotNull
    int getMinimumMinutes();

    void setMinimumMinutes(int minutes);

    @NotNull
    int getTaxRateBp();

    void setTaxRateBp(int basisPoints);

    @NotNull
    String getInvoicePrefix();

    void setInvoicePrefix(String prefix);
}
