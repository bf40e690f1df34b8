package io.github.ratecard.jira;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import io.github.ratecard.domain.IssueDirectory;
import io.github.ratecard.domain.IssueRef;
import java.util.Optional;

/** Jira's issues, by key. */
public class JiraIssueDirectory implements IssueDirectory {

    private final IssueManager issueManager;

    public JiraIssueDirectory(IssueManager issueManager) {
        this.issueManager = issueManager;
    }

    @Override
    public Optional<IssueRef> byKey(String issueKey) {
        MutableIssue issue = issueKey == null ? null : issueManager.getIssueObject(issueKey);
        return issue == null ? Optional.empty() : Optional.of(new IssueRef(issue.getId(), issue.getKey(), issue.getProjectObject().getId()));
    }
}
