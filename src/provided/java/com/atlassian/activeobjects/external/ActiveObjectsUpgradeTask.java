// Jira 10.3 (Active Objects plugin 6.x) — https://docs.atlassian.com/DAC/javadoc/activeobjects/plugin/current/com/atlassian/activeobjects/external/ActiveObjectsUpgradeTask.html
package com.atlassian.activeobjects.external;

/** Declaration only, complete (Ratecard implements it): an upgrade task of the descriptor's {@code <ao>} module. */
public interface ActiveObjectsUpgradeTask {

    ModelVersion getModelVersion();

    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
