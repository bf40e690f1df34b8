// atlassian-scheduler (Jira 10.3) — https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/JobRunner.html
package com.atlassian.scheduler;

/** Declaration only: what Jira's scheduler runs for a job runner key. */
public interface JobRunner {

    JobRunnerResponse runJob(JobRunnerRequest request);
}
