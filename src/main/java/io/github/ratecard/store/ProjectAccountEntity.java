package io.github.ratecard.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** A project's link to an account; the project refers to Jira's project id, which survives key changes. */
@Table("RC_PROJECT_ACCOUNT")
public interface ProjectAccountEntity extends Entity {

    String PROJECT_ID = "PROJECT_ID";
    String ACCOUNT_KEY = "ACCOUNT_KEY";
    String DEFAULT_LINK = "DEFAULT_LINK";

    @NotNull
    @Indexed
    long getProjectId();

    void setProjectId(long projectId);

    @NotNull
    @Indexed
    String getAccountKey();

    void setAccountKey(String accountKey);

    @NotNull
    boolean isDefaultLink();

    void setDefaultLink(boolean defaultLink);
}
