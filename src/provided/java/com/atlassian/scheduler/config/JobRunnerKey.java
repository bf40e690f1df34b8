// atlassian-scheduler (Jira 10.3) — https://docs.atlassian.com/atlassian-scheduler/latest/
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
