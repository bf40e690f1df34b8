// atlassian-scheduler (Jira 10.3) — https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/JobRunnerRequest.html
package com.atlassian.scheduler;

/** Declaration only: the members Ratecard calls. */
public interface JobRunnerRequest {

    boolean isCancellationRequested();
}
