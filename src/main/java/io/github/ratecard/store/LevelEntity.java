package io.github.ratecard.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A staff level. NAME_LOWER holds the lower-case name so the database keeps names unique ignoring case. */
@Table("RC_LEVEL")
public interface LevelEntity extends Entity {

    String NAME = "NAME";
    String NAME_LOWER = "NAME_LOWER";
    String DESCRIPTION = "DESCRIPTION";
    String ACTIVE = "ACTIVE";

    @NotNull
    String getName();

    void setName(String name);

    @NotNull
    @Unique
    @Indexed
    String getNameLower();

    void setNameLower(String nameLower);

    String getDescription();

    void setDescription(String description);

    @NotNull
    boolean isActive();

    void setActive(boolean active);
}
