package io.github.ratecard.sandbox;

import io.github.ratecard.domain.IssueDirectory;
import io.github.ratecard.domain.IssueRef;
import io.github.ratecard.domain.ProjectDirectory;
import io.github.ratecard.domain.ProjectRef;
import io.github.ratecard.domain.UserDirectory;
import io.github.ratecard.domain.UserRef;
import io.github.ratecard.domain.SearchQuery;
import io.github.ratecard.sandbox.model.SbProject;
import io.github.ratecard.sandbox.model.SbUser;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.Optional;

/** Jira's project and user look-ups, played by the sandbox tables. */
final class SandboxDirectories {

    private SandboxDirectories() {
    }

    static ProjectDirectory projects(SandboxStore store) {
        return new ProjectDirectory() {
            @Override
            public Optional<ProjectRef> byKey(String projectKey) {
                return projectKey == null ? Optional.empty() : store.project(projectKey.toUpperCase(Locale.ROOT)).map(SandboxDirectories::ref);
            }

            @Override
            public Optional<ProjectRef> byId(long projectId) {
                return store.projectById(projectId).map(SandboxDirectories::ref);
            }

            @Override
            public List<ProjectRef> search(SearchQuery query) {
                return store.projects().stream().map(SandboxDirectories::ref)
                        .filter(project -> query.matches(project.key(), project.name()))
                        .sorted(query.order(ProjectRef::key, ProjectRef::name)).collect(Collectors.toList());
            }
        };
    }

    /** Jira's user search, played on the demo users: the user name from its start, the display name anywhere. */
    static UserDirectory users(SandboxStore store) {
        return new UserDirectory() {
            @Override
            public Optional<UserRef> byKey(String userKey) {
                return store.user(userKey).map(SandboxDirectories::ref);
            }

            @Override
            public List<UserRef> search(SearchQuery query, int limit) {
                if (query.isEmpty()) {
                    return List.of();
                }
                return store.users().stream().filter(u -> query.matches(u.getUserName(), u.getDisplayName()))
                        .sorted(query.order(SbUser::getUserName, SbUser::getDisplayName)).limit(limit)
                        .map(SandboxDirectories::ref).collect(Collectors.toList());
            }
        };
    }

    private static UserRef ref(SbUser user) {
        return new UserRef(user.getUserKey(), user.getDisplayName());
    }

    static IssueDirectory issues(SandboxStore store) {
        return issueKey -> store.issue(issueKey).map(i -> new IssueRef(i.getID(), i.getIssueKey(), i.getProjectId()));
    }

    private static ProjectRef ref(SbProject project) {
        return new ProjectRef(project.getID(), project.getProjectKey(), project.getName(), project.getLeadKey());
    }
}
