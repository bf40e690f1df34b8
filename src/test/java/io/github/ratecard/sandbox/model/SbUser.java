package io.github.ratecard.sandbox.model;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** Sandbox stand-in for a Jira user, with the demo story's staff level and role. */
@Table("SB_USER")
public interface SbUser extends Entity {

    String KEY = "USER_KEY";
    String USER_NAME = "USER_NAME";
    String DISPLAY_NAME = "DISPLAY_NAME";
    String DEMO_LEVEL = "DEMO_LEVEL";
    String DEMO_ROLE = "DEMO_ROLE";

    @NotNull
    @Unique
    @Indexed
    String getUserKey();

    void setUserKey(String key);

    @NotNull
    String getUserName();

    void setUserName(String name);

    @NotNull
    String getDisplayName();

    void setDisplayName(String displayName);

    /** The staff level the demo story gives this user ("Agent L1", "Agent L2", "Team lead"). */
    String getDemoLevel();

    void setDemoLevel(String level);

    /** agent, lead, finance or admin: what the user may do in the sandbox. */
    @NotNull
    String getDemoRole();

    void setDemoRole(String role);
}
