package io.github.ratecard.budget;

import io.github.ratecard.billing.AccountStore;
import io.github.ratecard.billing.ClientAccount;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.domain.IssueRef;
import io.github.ratecard.domain.ProjectDirectory;
import io.github.ratecard.domain.ProjectRef;
import io.github.ratecard.domain.UserDirectory;
import io.github.ratecard.domain.UserRef;
import io.github.ratecard.ledger.LedgerQueries;
import io.github.ratecard.ledger.WorkSlice;
import io.github.ratecard.rates.LevelAssignment;
import io.github.ratecard.rates.LevelStore;
import io.github.ratecard.rates.StaffLevel;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads what a {@link LabourBreakdown} needs for a budget's days: the ledger's slices of its scope
 * (one streaming read), the issues' keys and epics, the users' names and the level each user held
 * on the last day, and the accounts' names. The number of reads depends on the number of levels,
 * not on the ledger's size.
 */
public final class BreakdownReader {

    private final LedgerQueries ledger;
    private final ScopeWork work;
    private final ProjectDirectory projects;
    private final UserDirectory users;
    private final LevelStore levels;
    private final AccountStore accounts;

    public BreakdownReader(LedgerQueries ledger, ScopeWork work, ProjectDirectory projects, UserDirectory users, LevelStore levels,
                           AccountStore accounts) {
        this.ledger = ledger;
        this.work = work;
        this.projects = projects;
        this.users = users;
        this.levels = levels;
        this.accounts = accounts;
    }

    /** The budget's labour on the days of the range, broken down; empty groups when the scope names nothing. */
    public LabourBreakdown of(Budget budget, Currency currency, DateRange days) {
        List<WorkSlice> slices = switch (budget.scope().kind()) {
            case PROJECT -> projects.byKey(budget.scope().key()).map(ProjectRef::id)
                    .map(id -> ledger.slices(id, null, List.of(), days.first(), days.last())).orElse(List.of());
            case ACCOUNT -> ledger.slices(null, budget.scope().key(), List.of(), days.first(), days.last());
            case ISSUE -> {
                List<Long> ids = work.treeOf(budget.scope().key()).stream().map(IssueRef::id).toList();
                yield ids.isEmpty() ? List.of() : ledger.slices(null, null, ids, days.first(), days.last());
            }
        };
        Set<Long> issueIds = new HashSet<>();
        slices.forEach(slice -> issueIds.add(slice.issueId()));
        Map<Long, IssueFacts> facts = issueIds.isEmpty() ? Map.of() : work.factsOf(issueIds);
        Map<String, String> levelOfUser = levelsOn(days.last());
        Map<String, Optional<String>> userNames = new HashMap<>();
        Map<String, Optional<String>> accountNames = new HashMap<>();
        LabourBreakdown.Names names = new LabourBreakdown.Names(
                user -> userNames.computeIfAbsent(user, key -> users.byKey(key).map(UserRef::displayName)).orElse(user),
                levelOfUser::get,
                account -> accountNames.computeIfAbsent(account, key -> accounts.account(key).map(ClientAccount::name)).orElse(account),
                facts);
        return LabourBreakdown.of(budget, currency, slices, names);
    }

    /** Each user's level on the day, by level name: one read per level. */
    private Map<String, String> levelsOn(LocalDate day) {
        Map<String, String> byUser = new HashMap<>();
        for (StaffLevel level : levels.levels()) {
            for (LevelAssignment assignment : levels.assignmentsOfLevel(level.id())) {
                if (assignment.period().contains(day)) {
                    byUser.put(assignment.userKey(), level.name());
                }
            }
        }
        return byUser;
    }
}
