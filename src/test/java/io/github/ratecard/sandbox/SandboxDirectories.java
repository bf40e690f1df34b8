package io.github.ratecard.sandbox;

import io.github.ratecard.domain.IssueDirectory;
import io.github.ratecard.domain.IssueRef;
import io.github.ratecard.domain.ProjectDirectory;
import io.github.ratecard.domain.ProjectRef;
import io.github.ratecard.domain.UserDirectory;
import io.github.ratecard.domain.UserRef;
import io.github.ratecard.sandbox.model.SbProject;
import java.util.Optional;

/** Jira's project and user look-ups, played by the sandbox tables. */
final class SandboxDirectories {

    private SandboxDirectories() {
    }

    static ProjectDirectory projects(SandboxStore store) {
        return new ProjectDirectory() {
            @Override
            public Optional<ProjectRef> byKey(String projectKey) {
                return store.project(projectKey).map(SandboxDirectories::ref);
            }

            @Override
            public Optional<ProjectRef> byId(long projectId) {
                return store.projectById(projectId).map(SandboxDirectories::ref);
            }
        };
    }

    static UserDirectory users(SandboxStore store) {
        return userKey -> store.user(userKey).map(u -> new UserRef(u.getUserKey(), u.getDisplayName()));
    }

    static IssueDirectory issues(SandboxStore store) {
        return issueKey -> store.issue(issueKey).map(i -> new IssueRef(i.getID(), i.getIssueKey(), i.getProjectId()));
    }

    private static ProjectRef ref(SbProject project) {
        return new ProjectRef(project.getID(), project.getProjectKey(), project.getName(), project.getLeadKey());
    }
}
