// atlassian-scheduler (Jira 10.3) — https://docs.atlassian.com/atlassian-scheduler/latest/
package com.atlassian.scheduler;

/** Declaration only: the members Ratecard calls. */
public interface JobRunnerRequest {

    boolean isCancellationRequested();
}
