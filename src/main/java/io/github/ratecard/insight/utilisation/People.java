package io.github.ratecard.insight.utilisation;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The people a report is about, by user key. */
record People(Set<String> keys) {

    /**
     * Everyone who logged time, held a level or belongs to a team; narrowed to the teams' members and, when given, to
     * {@code ofProject} (the people who logged time on the project asked for).
     */
    static People of(List<LoggedMonth> work, Collection<String> levelHolders, Map<String, Set<String>> teams, Set<String> ofProject) {
        Set<String> keys = new TreeSet<>(levelHolders);
        work.forEach(w -> keys.add(w.userKey()));
        if (!teams.isEmpty()) {
            Set<String> members = new HashSet<>();
            teams.values().forEach(members::addAll);
            keys.addAll(members);
            keys.retainAll(members);
        }
        if (ofProject != null) {
            keys.retainAll(ofProject);
        }
        return new People(keys);
    }

    /**
     * Those of them the viewer may see without the finance permission: {@code ofLedProjects} (the people who logged
     * time in a project the viewer leads), and the viewer (added, when {@code withViewer}, even without time or level).
     */
    People visibleTo(String viewer, Set<String> ofLedProjects, boolean withViewer) {
        Set<String> visible = new HashSet<>(ofLedProjects);
        visible.add(viewer);
        Set<String> shown = new TreeSet<>(keys);
        shown.retainAll(visible);
        if (withViewer) {
            shown.add(viewer);
        }
        return new People(shown);
    }

    /** Without those of the {@code gone} people who logged no time in the period. */
    People withoutIdle(Set<String> gone, List<LoggedMonth> work) {
        Set<String> worked = new HashSet<>();
        work.stream().filter(w -> w.loggedSeconds() > 0).forEach(w -> worked.add(w.userKey()));
        Set<String> kept = new TreeSet<>(keys);
        kept.removeIf(key -> gone.contains(key) && !worked.contains(key));
        return new People(kept);
    }
}
