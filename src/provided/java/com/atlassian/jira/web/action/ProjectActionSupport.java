// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/web/action/ProjectActionSupport.html
package com.atlassian.jira.web.action;

/** Declaration only: the action that shows a project's report; what Ratecard calls it inherits from {@link JiraWebActionSupport}. */
public class ProjectActionSupport extends JiraWebActionSupport {
}
