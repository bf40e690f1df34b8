// atlassian-scheduler (Jira 10.3) — https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/JobRunnerResponse.html
package com.atlassian.scheduler;

/** Declaration only: how a job run ended. */
public final class JobRunnerResponse {

    private JobRunnerResponse() {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }

    public static JobRunnerResponse success() {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }

    public static JobRunnerResponse failed(Throwable cause) {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }
}
