package io.github.ratecard.packaging.linkage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * The reviewed list of what the app may use of the host ({@code src/provided/host-api.txt}): one
 * line per requirement, {@code KIND MEMBER URL}, where the URL is the public javadoc page that shows
 * the member on that type; {@code #} starts a comment. A reviewer checks one line against one page.
 */
public final class HostApiList {

    private final Map<HostMember, String> lines = new LinkedHashMap<>();
    private final List<String> malformed = new ArrayList<>();

    private HostApiList() {
    }

    public static HostApiList parse(String text) {
        HostApiList list = new HostApiList();
        String[] rows = text.split("\r?\n");
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i].strip();
            if (row.isEmpty() || row.startsWith("#")) {
                continue;
            }
            String[] columns = row.split("\\s+");
            if (columns.length != 3 || !columns[2].startsWith("https://")) {
                list.malformed.add("line " + (i + 1) + " is not 'KIND MEMBER https://javadoc-page': " + row);
            } else if (list.lines.put(HostMember.parse(columns[0], columns[1]), columns[2]) != null) {
                list.malformed.add("line " + (i + 1) + " repeats an earlier line: " + row);
            }
        }
        return list;
    }

    public Map<HostMember, String> lines() {
        return lines;
    }

    /**
     * Every difference between what the jar needs and what the list allows, each naming the member
     * and who needs it; empty when they agree exactly.
     */
    public List<String> problems(SortedMap<HostMember, SortedSet<String>> required) {
        List<String> problems = new ArrayList<>(malformed);
        required.forEach((member, callers) -> {
            if (!lines.containsKey(member)) {
                problems.add("not in the reviewed host API list: " + member + "  (used by " + String.join(", ", callers) + ")"
                        + similar(member));
            }
        });
        lines.keySet().stream().filter(member -> !required.containsKey(member))
                .forEach(member -> problems.add("listed but no longer used (remove the line): " + member));
        return problems;
    }

    /** Lines of the same member name on the same type, to show a signature that differs. */
    private String similar(HostMember member) {
        StringBuilder text = new StringBuilder();
        lines.keySet().stream()
                .filter(listed -> listed.ownerType().equals(member.ownerType()) && listed.name().equals(member.name()))
                .forEach(listed -> text.append("\n      the list has instead: ").append(listed));
        return text.toString();
    }

    /** How many lines cite a page of Jira's own javadoc for a 10.x version. */
    public long citingJira10() {
        return lines.values().stream().filter(url -> url.matches("https://docs\\.atlassian\\.com/software/jira/docs/api/10\\.[^/]+/.*")).count();
    }
}
