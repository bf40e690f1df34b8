package io.github.ratecard.jira;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import io.github.ratecard.domain.ProjectDirectory;
import io.github.ratecard.domain.ProjectRef;
import java.util.Optional;

/** Jira's projects. */
public class JiraProjectDirectory implements ProjectDirectory {

    private final ProjectManager projectManager;

    public JiraProjectDirectory(ProjectManager projectManager) {
        this.projectManager = projectManager;
    }

    @Override
    public Optional<ProjectRef> byKey(String projectKey) {
        return projectKey == null ? Optional.empty() : ref(projectManager.getProjectByCurrentKey(projectKey));
    }

    @Override
    public Optional<ProjectRef> byId(long projectId) {
        return ref(projectManager.getProjectObj(projectId));
    }

    private static Optional<ProjectRef> ref(Project project) {
        return project == null ? Optional.empty()
                : Optional.of(new ProjectRef(project.getId(), project.getKey(), project.getName(), project.getLeadUserKey()));
    }
}
