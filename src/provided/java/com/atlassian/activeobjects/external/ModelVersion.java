// Jira 10.3 (Active Objects plugin 6.x) — https://docs.atlassian.com/DAC/javadoc/activeobjects/plugin/current/com/atlassian/activeobjects/external/ModelVersion.html
package com.atlassian.activeobjects.external;

/** Declaration only: the version of an {@code <ao>} module's data model; Ratecard only names its upgrade tasks' versions. */
public final class ModelVersion {

    private ModelVersion() {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }

    public static ModelVersion valueOf(String s) {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }
}
