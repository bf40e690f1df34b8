// atlassian-scheduler (Jira 10.3) — https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/JobRunnerKey.html
package com.atlassian.scheduler.config;

/** Declaration only: a scheduler name. */
public final class JobRunnerKey {

    private JobRunnerKey() {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }

    public static JobRunnerKey of(String key) {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }
}
