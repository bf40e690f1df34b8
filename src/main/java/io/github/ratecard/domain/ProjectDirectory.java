package io.github.ratecard.domain;

import java.util.List;
import java.util.Optional;

/** Looks up Jira projects. */
public interface ProjectDirectory {

    /** The project with this key, in any case: {@code acme} finds ACME. */
    Optional<ProjectRef> byKey(String projectKey);

    Optional<ProjectRef> byId(long projectId);

    /** Every project whose key or name matches the query, in the query's order (see {@link SearchQuery#order}). */
    List<ProjectRef> search(SearchQuery query);
}
