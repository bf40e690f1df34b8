package io.github.ratecard.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** The country whose public holidays apply to a user (ISO 3166-1 alpha-2). */
@Table("RC_USER_COUNTRY")
public interface UserCountryEntity extends Entity {

    String USER_KEY = "USER_KEY";
    String COUNTRY = "COUNTRY";

    @NotNull
    @Unique
    @Indexed
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    String getCountry();

    void setCountry(String country);
}
