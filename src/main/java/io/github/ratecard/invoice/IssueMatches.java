package io.github.ratecard.invoice;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The issues a JQL query matched (by id, and by key for expenses recorded on an issue), or any issue. */
public final class IssueMatches {

    public static final IssueMatches ANY = new IssueMatches(null, null);

    private final Set<Long> ids;
    private final Set<String> keys;

    private IssueMatches(Set<Long> ids, Set<String> keys) {
        this.ids = ids;
        this.keys = keys;
    }

    public static IssueMatches of(Map<Long, String> keysById) {
        return new IssueMatches(new HashSet<>(keysById.keySet()), new HashSet<>(keysById.values()));
    }

    public boolean includes(long issueId) {
        return ids == null || ids.contains(issueId);
    }

    public boolean includesKey(String issueKey) {
        return keys == null || keys.contains(issueKey);
    }

    public boolean isAny() {
        return ids == null;
    }

    public int size() {
        return ids == null ? -1 : ids.size();
    }
}
