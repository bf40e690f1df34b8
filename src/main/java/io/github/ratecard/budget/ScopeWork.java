package io.github.ratecard.budget;

import io.github.ratecard.domain.IssueRef;
import java.util.List;

/** The host's issues as budgets see them: which issues an issue scope covers, and the work still estimated. */
public interface ScopeWork {

    /** The issue, its sub-tasks and, for an epic, the epic's issues and their sub-tasks; empty when there is no such issue. */
    List<IssueRef> treeOf(String issueKey);

    /** The issues whose trees hold this issue: its parent (for a sub-task) and its epic, nearest first; empty for none. */
    List<String> ancestorKeysOf(String issueKey);

    /** Key, summary and epic of each of these issues that exists, in a few reads whatever their number. */
    java.util.Map<Long, IssueFacts> factsOf(java.util.Collection<Long> issueIds);

    /** Time spent and remaining estimate of the scope's issues, and its unresolved issues that still have an estimate. */
    RemainingWork remainingWork(BudgetScope scope);
}
