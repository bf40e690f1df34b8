package io.github.ratecard.approval;

import java.util.Optional;

/** What a month is closed for: every project (global), or one project. */
public record CloseScope(Long projectId) {

    public static final CloseScope GLOBAL = new CloseScope(null);

    public static CloseScope project(long projectId) {
        return new CloseScope(projectId);
    }

    public boolean global() {
        return projectId == null;
    }

    public Optional<Long> project() {
        return Optional.ofNullable(projectId);
    }

    /** {@code *} for every project, else the project's id: how the scope is named in keys and the audit trail. */
    public String key() {
        return global() ? "*" : Long.toString(projectId);
    }
}
