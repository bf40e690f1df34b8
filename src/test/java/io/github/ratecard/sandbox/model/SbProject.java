package io.github.ratecard.sandbox.model;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** Sandbox stand-in for a Jira project. */
@Table("SB_PROJECT")
public interface SbProject extends Entity {

    String KEY = "PROJECT_KEY";
    String NAME = "NAME";
    String LEAD_KEY = "LEAD_KEY";
    String CLIENT_NAME = "CLIENT_NAME";

    @NotNull
    @Unique
    @Indexed
    String getProjectKey();

    void setProjectKey(String key);

    @NotNull
    String getName();

    void setName(String name);

    String getLeadKey();

    void setLeadKey(String leadKey);

    /** The customer the project serves in the demo story; billing accounts arrive with the rate cards. */
    String getClientName();

    void setClientName(String clientName);
}
