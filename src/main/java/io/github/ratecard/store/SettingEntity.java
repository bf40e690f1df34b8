package io.github.ratecard.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One app setting, by name. */
@Table("RC_SETTING")
public interface SettingEntity extends Entity {

    String SETTING_NAME = "SETTING_NAME";
    String SETTING_VALUE = "SETTING_VALUE";

    @NotNull
    @Unique
    @Indexed
    String getSettingName();

    void setSettingName(String name);

    String getSettingValue();

    void setSettingValue(String value);
}
