// atlassian-scheduler (Jira 10.3) — https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/JobConfig.html
package com.atlassian.scheduler.config;

/** Declaration only: which runner a job uses, where it runs and when. */
public final class JobConfig {

    private JobConfig() {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }

    public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }

    public JobConfig withRunMode(RunMode runMode) {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }

    public JobConfig withSchedule(Schedule schedule) {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }
}
