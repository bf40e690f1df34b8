// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/util/MessageSet.html
package com.atlassian.jira.util;

import java.util.Set;

/** Declaration only: the members Ratecard calls. Errors and warnings, such as those of parsing JQL. */
public interface MessageSet extends java.io.Serializable {

    Set<String> getErrorMessages();

    boolean hasAnyErrors();
}
