// atlassian-scheduler (Jira 10.3) — https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/RunMode.html
package com.atlassian.scheduler.config;

/** Declaration only: RUN_ONCE_PER_CLUSTER runs each scheduled run on one node of the cluster. */
public enum RunMode {
    RUN_ONCE_PER_CLUSTER
}
