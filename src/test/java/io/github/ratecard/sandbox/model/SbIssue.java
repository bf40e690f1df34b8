package io.github.ratecard.sandbox.model;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** Sandbox stand-in for a Jira issue. */
@Table("SB_ISSUE")
public interface SbIssue extends Entity {

    String KEY = "ISSUE_KEY";
    String PROJECT_ID = "PROJECT_ID";
    String SUMMARY = "SUMMARY";
    String ASSIGNEE_KEY = "ASSIGNEE_KEY";
    String ESTIMATE_SECONDS = "ESTIMATE_SECONDS";
    String PARENT_KEY = "PARENT_KEY";

    @NotNull
    @Unique
    @Indexed
    String getIssueKey();

    void setIssueKey(String key);

    @NotNull
    @Indexed
    int getProjectId();

    void setProjectId(int projectId);

    @NotNull
    String getSummary();

    void setSummary(String summary);

    String getAssigneeKey();

    void setAssigneeKey(String assigneeKey);

    /** Remaining estimate in seconds. */
    long getEstimateSeconds();

    void setEstimateSeconds(long seconds);

    /** The epic (or parent) the issue belongs to, if any. */
    @Indexed
    String getParentKey();

    void setParentKey(String key);
}
