// Jira 10.3 (Active Objects plugin) — https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/apidocs/com/atlassian/activeobjects/external/ActiveObjectsUpgradeTask.html
package com.atlassian.activeobjects.external;

/** Declaration only, complete (Ratecard implements it): an upgrade task of the descriptor's {@code <ao>} module. */
public interface ActiveObjectsUpgradeTask {

    ModelVersion getModelVersion();

    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
