package io.github.ratecard.insight.hints;

import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.access.ProjectAccess;
import io.github.ratecard.access.Viewer;
import java.util.Optional;
import java.util.Set;

/** Who is asking, for the hints' tests: finance, someone with View costs on some projects, or no one. */
public final class Roles implements AccessPolicy {

    private final String userKey;
    private final boolean finance;
    private final Set<Long> viewCosts;

    private Roles(String userKey, boolean finance, Set<Long> viewCosts) {
        this.userKey = userKey;
        this.finance = finance;
        this.viewCosts = viewCosts;
    }

    public static Roles finance() {
        return new Roles("fin", true, Set.of());
    }

    public static Roles viewingCostsOf(Long... projectIds) {
        return new Roles("lee", false, Set.of(projectIds));
    }

    public static Roles anonymous() {
        return new Roles(null, false, Set.of());
    }

    @Override
    public Optional<Viewer> currentViewer() {
        return Optional.ofNullable(userKey).map(key -> new Viewer(key, key));
    }

    @Override
    public boolean currentUserIsAdmin() {
        return false;
    }

    @Override
    public boolean currentUserIsFinance() {
        return finance;
    }

    @Override
    public boolean currentUserLeads(long projectId) {
        return false;
    }

    @Override
    public boolean currentUserHas(ProjectAccess access, long projectId) {
        return (access == ProjectAccess.VIEW_COSTS || access == ProjectAccess.BROWSE) && viewCosts.contains(projectId);
    }
}
