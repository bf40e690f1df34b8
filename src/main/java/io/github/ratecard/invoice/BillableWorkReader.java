package io.github.ratecard.invoice;

import io.github.ratecard.billing.AccountStore;
import io.github.ratecard.billing.ProjectAccountLink;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.budget.Expense;
import io.github.ratecard.budget.ExpenseStore;
import io.github.ratecard.budget.IssueFacts;
import io.github.ratecard.budget.ScopeWork;
import io.github.ratecard.domain.ProjectDirectory;
import io.github.ratecard.domain.ProjectRef;
import io.github.ratecard.domain.UserDirectory;
import io.github.ratecard.domain.UserRef;
import io.github.ratecard.ledger.LedgerEntry;
import io.github.ratecard.ledger.LedgerQueries;
import io.github.ratecard.rates.HourlyRate;
import io.github.ratecard.rates.LevelAssignment;
import io.github.ratecard.rates.LevelStore;
import io.github.ratecard.rates.Rate;
import io.github.ratecard.rates.RateStore;
import io.github.ratecard.rates.StaffLevel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads what a draft of an account bills: the account's billable, un-invoiced ledger entries of
 * the period (one streaming read), with their issues' keys and summaries, their authors' names and
 * levels on the day, and the rate each was priced at; and the billable expenses of the projects
 * whose default account it is. Narrowed to some projects when keys are given.
 */
public final class BillableWorkReader {

    private final LedgerQueries ledger;
    private final RateStore rates;
    private final ScopeWork work;
    private final UserDirectory users;
    private final LevelStore levels;
    private final AccountStore accounts;
    private final ProjectDirectory projects;
    private final ExpenseStore expenses;
    private final WorkApprovals approvals;

    public BillableWorkReader(LedgerQueries ledger, RateStore rates, ScopeWork work, UserDirectory users, LevelStore levels, AccountStore accounts,
                              ProjectDirectory projects, ExpenseStore expenses) {
        this(ledger, rates, work, users, levels, accounts, projects, expenses, WorkApprovals.NONE);
    }

    /** {@code approvals} lets in the work whose approval state the draft's projects or the report ask for. */
    public BillableWorkReader(LedgerQueries ledger, RateStore rates, ScopeWork work, UserDirectory users, LevelStore levels, AccountStore accounts,
                              ProjectDirectory projects, ExpenseStore expenses, WorkApprovals approvals) {
        this.approvals = approvals;
        this.ledger = ledger;
        this.rates = rates;
        this.work = work;
        this.users = users;
        this.levels = levels;
        this.accounts = accounts;
        this.projects = projects;
        this.expenses = expenses;
    }

    public List<BillableWork> work(String accountKey, DateRange period, List<String> projectKeys, IssueMatches issues) {
        return work(accountKey, period, projectKeys, issues, WorkApprovals.Choice.ALL).work();
    }

    /** The account's billable work of the period that {@code choice} lets in, and the billed seconds it left out. */
    public record Read(List<BillableWork> work, long leftOutSeconds) {
    }

    /** The choice of a draft: approved work only in the projects whose option asks for it. */
    WorkApprovals.Choice draftChoice() {
        return approvals.forDrafts();
    }

    public Read work(String accountKey, DateRange period, List<String> projectKeys, IssueMatches issues, WorkApprovals.Choice choice) {
        Set<Long> projectIds = projectIdsOf(projectKeys);
        List<LedgerEntry> read = new ArrayList<>();
        ledger.billableOfAccount(accountKey, period.first(), period.last(), entry -> {
            if ((projectIds.isEmpty() || projectIds.contains(entry.projectId())) && issues.includes(entry.issueId())) {
                read.add(entry);
            }
        });
        WorkApprovals.Outcome approved = approvals.filter(read, period, choice);
        List<LedgerEntry> entries = approved.entries();
        Set<Long> issueIds = new HashSet<>();
        entries.forEach(entry -> issueIds.add(entry.issueId()));
        Map<Long, IssueFacts> facts = issueIds.isEmpty() ? Map.of() : work.factsOf(issueIds);
        Map<Long, Optional<HourlyRate>> rateById = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        Map<String, List<LevelAssignment>> assignments = new HashMap<>();
        Map<Long, String> levelNames = new HashMap<>();
        levels.levels().forEach(level -> levelNames.put(level.id(), level.name()));
        List<BillableWork> result = new ArrayList<>(entries.size());
        for (LedgerEntry entry : entries) {
            HourlyRate rate = entry.billRateId() == null ? null
                    : rateById.computeIfAbsent(entry.billRateId(), id -> rates.rate(id).map(Rate::hourly)).orElse(null);
            IssueFacts issue = facts.get(entry.issueId());
            String author = names.computeIfAbsent(entry.authorKey(), key -> users.byKey(key).map(UserRef::displayName).orElse(key));
            String level = assignments.computeIfAbsent(entry.authorKey(), levels::assignmentsOf).stream()
                    .filter(a -> a.period().contains(entry.workDate())).findFirst().map(a -> levelNames.get(a.levelId())).orElse(null);
            result.add(new BillableWork(entry.worklogId(), entry.issueId(), issue == null ? "#" + entry.issueId() : issue.key(),
                    issue == null ? "" : issue.summary(), entry.authorKey(), author, level, entry.workDate(), entry.workedSeconds(),
                    entry.billedSeconds(), rate, entry.status()));
        }
        return new Read(result, approved.leftOutSeconds());
    }

    /** Whether an expense of this id is recorded. */
    public boolean expenseExists(long id) {
        return expenses.expense(id).isPresent();
    }

    /** Billable expenses of the period of the projects billing to the account by default. */
    public List<Expense> expenses(String accountKey, DateRange period, List<String> projectKeys, IssueMatches issues) {
        List<Expense> found = new ArrayList<>();
        for (ProjectAccountLink link : accounts.linksOfAccount(accountKey)) {
            if (!link.isDefault()) {
                continue;
            }
            Optional<ProjectRef> project = projects.byId(link.projectId());
            if (project.isEmpty() || !projectKeys.isEmpty() && !projectKeys.contains(project.get().key())) {
                continue;
            }
            expenses.ofProject(project.get().key(), period).stream().filter(Expense::billable)
                    .filter(expense -> issues.isAny() || expense.scope().kind() == io.github.ratecard.budget.BudgetScope.Kind.ISSUE
                            && issues.includesKey(expense.scope().key()))
                    .forEach(found::add);
        }
        return found;
    }

    private Set<Long> projectIdsOf(List<String> projectKeys) {
        Set<Long> ids = new HashSet<>();
        for (String key : projectKeys) {
            ids.add(projects.byKey(key).orElseThrow(() -> new io.github.ratecard.domain.InvalidInputException("projectKeys",
                    "No project " + key)).id());
        }
        return ids;
    }

    /** The level names by id, for the detail rows. */
    Map<Long, String> levelNames() {
        Map<Long, String> names = new HashMap<>();
        for (StaffLevel level : levels.levels()) {
            names.put(level.id(), level.name());
        }
        return names;
    }
}
