package io.github.ratecard.jira;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import io.github.ratecard.domain.ProjectDirectory;
import io.github.ratecard.domain.ProjectRef;
import io.github.ratecard.domain.SearchQuery;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Jira's projects. */
public class JiraProjectDirectory implements ProjectDirectory {

    private final ProjectManager projectManager;

    public JiraProjectDirectory(ProjectManager projectManager) {
        this.projectManager = projectManager;
    }

    @Override
    public Optional<ProjectRef> byKey(String projectKey) {
        return projectKey == null ? Optional.empty() : ref(projectManager.getProjectByCurrentKeyIgnoreCase(projectKey));
    }

    @Override
    public Optional<ProjectRef> byId(long projectId) {
        return ref(projectManager.getProjectObj(projectId));
    }

    @Override
    public List<ProjectRef> search(SearchQuery query) {
        return projectManager.getProjectObjects().stream()
                .map(JiraProjectDirectory::ref).flatMap(Optional::stream)
                .filter(project -> query.matches(project.key(), project.name()))
                .sorted(query.order(ProjectRef::key, ProjectRef::name))
                .collect(Collectors.toList());
    }

    private static Optional<ProjectRef> ref(Project project) {
        return project == null ? Optional.empty()
                : Optional.of(new ProjectRef(project.getId(), project.getKey(), project.getName(), project.getLeadUserKey()));
    }
}
