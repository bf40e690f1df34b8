package io.github.ratecard.sandbox;

import io.github.ratecard.insight.utilisation.TeamDirectory;
import io.github.ratecard.sandbox.model.SbUser;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The demo's Jira groups, the sandbox's stand-in for Jira's group manager: one team per project,
 * {@code team-acme} … {@code team-ops}, of the agents whose home project it is (the lead in every
 * team); one per staff level, {@code agents-l1}, {@code agents-l2} and {@code team-leads};
 * {@code jira-administrators}; and {@code jira-software-users} of everyone. Groups a test added come first.
 */
final class DemoTeams {

    static final String EVERYONE = "jira-software-users";

    private DemoTeams() {
    }

    static String teamOf(String projectKey) {
        return "team-" + projectKey.toLowerCase(Locale.ROOT);
    }

    static TeamDirectory directory(SandboxStore store, Map<String, Set<String>> added) {
        return groupName -> {
            if (groupName != null && added.containsKey(groupName)) {
                return Optional.of(added.get(groupName));
            }
            if (EVERYONE.equals(groupName)) {
                Set<String> all = new LinkedHashSet<>();
                store.users().forEach(user -> all.add(user.getUserKey()));
                return Optional.of(all);
            }
            Map<String, String> levels = Map.of("agents-l1", "Agent L1", "agents-l2", "Agent L2", "team-leads", "Team lead");
            if (levels.containsKey(groupName)) {
                Set<String> holders = new LinkedHashSet<>();
                store.users().stream().filter(user -> levels.get(groupName).equals(user.getDemoLevel())).forEach(user -> holders.add(user.getUserKey()));
                return Optional.of(holders);
            }
            if ("jira-administrators".equals(groupName)) {
                return Optional.of(Set.of("admin"));
            }
            for (String[] project : DemoData.PROJECTS) {
                if (teamOf(project[0]).equals(groupName)) {
                    return Optional.of(members(store, project[0]));
                }
            }
            return Optional.empty();
        };
    }

    private static Set<String> members(SandboxStore store, String projectKey) {
        Set<String> members = new LinkedHashSet<>();
        for (SbUser user : store.users()) {
            String key = user.getUserKey();
            if (key.equals("lead")) {
                members.add(key);
            } else if (key.startsWith("agent")) {
                int index = Integer.parseInt(key.substring("agent".length())) - 1;
                if (DemoData.PROJECTS[DemoData.projectsOf(index)[0]][0].equals(projectKey)) {
                    members.add(key);
                }
            }
        }
        return members;
    }
}
