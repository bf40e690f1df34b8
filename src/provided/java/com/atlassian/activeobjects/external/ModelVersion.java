// Jira 10.3 (Active Objects plugin) — https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/external/ModelVersion.html
package com.atlassian.activeobjects.external;

/** Declaration only: the version of an {@code <ao>} module's data model; Ratecard only names its upgrade tasks' versions. */
public final class ModelVersion {

    private ModelVersion(int version) {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }

    public static ModelVersion valueOf(String s) {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }
}
