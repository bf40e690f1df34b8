package io.github.ratecard.testing.kits;

import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.access.ProjectAccess;
import io.github.ratecard.access.Viewer;
import java.util.Optional;

/** A signed-in user with the Ratecard finance permission and no project permissions, for kits and the benchmark. */
public final class FinanceViewer {

    private FinanceViewer() {
    }

    /** {@code administrator}: whether the user is a Jira administrator too. */
    public static AccessPolicy of(String userKey, String displayName, boolean administrator) {
        return new AccessPolicy() {
            @Override
            public Optional<Viewer> currentViewer() {
                return Optional.of(new Viewer(userKey, displayName));
            }

            @Override
            public boolean currentUserIsAdmin() {
                return administrator;
            }

            @Override
            public boolean currentUserIsFinance() {
                return true;
            }

            @Override
            public boolean currentUserLeads(long projectId) {
                return false;
            }

            @Override
            public boolean currentUserHas(ProjectAccess access, long projectId) {
                return false;
            }
        };
    }
}
