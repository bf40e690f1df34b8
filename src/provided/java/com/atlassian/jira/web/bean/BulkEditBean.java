// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/web/bean/BulkEditBean.html
package com.atlassian.jira.web.bean;

/** Declaration only: A bulk edit in progress; Ratecard names the type and calls none of its members. */
public interface BulkEditBean {
}
