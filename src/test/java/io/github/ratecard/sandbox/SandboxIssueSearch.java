package io.github.ratecard.sandbox;

import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.invoice.IssueMatches;
import io.github.ratecard.invoice.IssueSearch;
import io.github.ratecard.sandbox.model.SbIssue;
import io.github.ratecard.sandbox.model.SbProject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sandbox's stand-in for Jira's issue search. It understands the JQL a demo needs — clauses on
 * {@code project}, {@code key} ({@code issuekey}), {@code parent} ({@code "Epic Link"}) and
 * {@code assignee} with {@code =}, {@code !=}, {@code in} and {@code not in}, joined by {@code AND} —
 * and refuses anything else with a clear message, as Jira refuses what it does not know.
 */
final class SandboxIssueSearch implements IssueSearch {

    private static final Pattern CLAUSE = Pattern.compile(
            "\\s*(\"[^\"]+\"|[A-Za-z]+)\\s*(!=|=|not\\s+in|in)\\s*(\\([^)]*\\)|\"[^\"]*\"|[^\\s()\"]+)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern AND = Pattern.compile("(?i)\\s+and\\s+");

    private final SandboxStore store;

    SandboxIssueSearch(SandboxStore store) {
        this.store = store;
    }

    @Override
    public IssueMatches matching(String jql, String userKey) {
        Predicate<SbIssue> query = parse(jql);
        Map<Long, String> matched = new LinkedHashMap<>();
        for (SbIssue issue : store.ao().find(SbIssue.class, net.java.ao.Query.select().order("ID"))) {
            if (query.test(issue)) {
                matched.put((long) issue.getID(), issue.getIssueKey());
            }
        }
        if (matched.size() > MAX_ISSUES) {
            throw new InvalidInputException("jql", "The query matches more than " + MAX_ISSUES + " issues; narrow it");
        }
        return IssueMatches.of(matched);
    }

    private Predicate<SbIssue> parse(String jql) {
        Predicate<SbIssue> all = issue -> true;
        for (String part : AND.split(jql.strip())) {
            Matcher clause = CLAUSE.matcher(part);
            if (!clause.matches()) {
                throw refused("The sandbox cannot read '" + part + "'");
            }
            all = all.and(clause(clause.group(1), clause.group(2), clause.group(3)));
        }
        return all;
    }

    private Predicate<SbIssue> clause(String field, String operator, String value) {
        Function<SbIssue, String> read = field(field.replace("\"", "").toLowerCase(Locale.ROOT));
        List<String> values = values(value, operator);
        Predicate<SbIssue> equal = issue -> {
            String actual = read.apply(issue);
            return actual != null && values.stream().anyMatch(actual::equalsIgnoreCase);
        };
        String op = operator.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return op.equals("=") || op.equals("in") ? equal : equal.negate();
    }

    private Function<SbIssue, String> field(String name) {
        return switch (name) {
            case "project" -> issue -> store.projectById(issue.getProjectId()).map(SbProject::getProjectKey).orElse(null);
            case "key", "issuekey" -> SbIssue::getIssueKey;
            case "parent", "epic link" -> SbIssue::getParentKey;
            case "assignee" -> SbIssue::getAssigneeKey;
            default -> throw refused("Field '" + name + "' does not exist or you do not have permission to view it"
                    + " (the sandbox knows project, key, parent and assignee)");
        };
    }

    private static List<String> values(String value, String operator) {
        boolean list = operator.toLowerCase(Locale.ROOT).endsWith("in");
        String inner = value.strip();
        if (list != inner.startsWith("(")) {
            throw refused(list ? "'" + operator + "' needs a list such as (ACME, GLX)" : "'" + operator + "' needs one value");
        }
        if (list) {
            inner = inner.substring(1, inner.length() - 1);
        }
        List<String> values = new ArrayList<>();
        for (String each : inner.split(",")) {
            String unquoted = each.strip().replace("\"", "");
            if (unquoted.isEmpty()) {
                throw refused("An empty value in '" + value + "'");
            }
            values.add(unquoted);
        }
        return values;
    }

    private static InvalidInputException refused(String message) {
        return new InvalidInputException("jql", "Error in the JQL query: " + message);
    }
}
