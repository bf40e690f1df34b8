package io.github.ratecard.rest;

import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.domain.NotFoundException;
import io.github.ratecard.domain.ProjectDirectory;
import io.github.ratecard.domain.ProjectRef;

/** A project named in a request, for the current user: one they may not know (see {@link AccessPolicy#mayKnowProject}) is answered as unknown. */
final class KnownProjects {

    private KnownProjects() {
    }

    static ProjectRef byKey(ProjectDirectory projects, AccessPolicy access, String key) {
        return projects.byKey(key).filter(project -> access.mayKnowProject(project.id()))
                .orElseThrow(() -> new NotFoundException("No project " + key));
    }
}
