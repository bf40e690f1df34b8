package io.github.ratecard.domain;

import java.util.Optional;

/** Looks up Jira projects. */
public interface ProjectDirectory {

    Optional<ProjectRef> byKey(String projectKey);

    Optional<ProjectRef> byId(long projectId);
}
