package io.github.ratecard.testing.kits;

import static io.github.ratecard.testing.kits.RateCardKit.account;

import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import io.github.ratecard.testing.ao.TestDatabase;
import io.github.ratecard.testing.ao.TestTransactionalExecutors;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.invoice.Invoice;
import io.github.ratecard.invoice.DraftSources;
import io.github.ratecard.invoice.InvoiceDrafts;
import io.github.ratecard.invoice.InvoiceIssuing;
import io.github.ratecard.invoice.IssueSearch;
import io.github.ratecard.invoice.NumberAllocator;
import io.github.ratecard.invoice.LineGrouping;
import io.github.ratecard.ledger.LedgerKeeper;
import io.github.ratecard.ledger.LedgerStore;
import io.github.ratecard.ledger.WorklogChange;
import io.github.ratecard.ledger.WorklogRecord;
import io.github.ratecard.rates.EffectivePeriod;
import io.github.ratecard.rates.HourlyRate;
import io.github.ratecard.rates.RateScope;
import io.github.ratecard.store.AoAdjustmentStore;
import io.github.ratecard.store.AoDraftChoices;
import io.github.ratecard.store.AoInvoiceStore;
import io.github.ratecard.store.AoInvoicedWorkStore;
import io.github.ratecard.store.AoIssuedNumbers;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Invoicing on a real database: the budget kit's app with invoices, billed work, sequences and
 * adjustments, the ledger keeper that tells the adjustment recorder, drafts and issuing; Jira's
 * search is played by {@link #search} and the ledger store can be made to fail on cue. Account ACME (EUR, 19 % tax, billed in 15-minute steps up) is project ACME's
 * default, billing 60 EUR an hour; worklogs are logged on issues ACME-1 … ACME-20 by "ana".
 */
public final class InvoiceKit implements AutoCloseable {

    public static final long ACME = RateCardKit.ACME_PROJECT.id();

    /** The JQL queries Jira was asked, with the user asking. */
    public final List<String> searches = new java.util.ArrayList<>();
    /** Set to make the next marking of ledger entries fail (through the stores, or the set-based writer's), as a crash in the middle of issuing. */
    public final java.util.concurrent.atomic.AtomicBoolean failNextMarkInvoiced = new java.util.concurrent.atomic.AtomicBoolean();
    /** Set to run something (another request, say) just before the next marking of ledger entries through the stores. */
    public final java.util.concurrent.atomic.AtomicReference<Runnable> beforeNextMarkInvoiced = new java.util.concurrent.atomic.AtomicReference<>();
    /** Set to make the set-based writer's next statement it matches fail, as a crash in the middle of issuing. */
    public final java.util.concurrent.atomic.AtomicReference<java.util.function.Predicate<String>> failNextIssuingStatement =
            new java.util.concurrent.atomic.AtomicReference<>();
    /** Set to run something (another request, say) just before the set-based writer prepares the next statement it matches. */
    public final java.util.concurrent.atomic.AtomicReference<java.util.Map.Entry<java.util.function.Predicate<String>, Runnable>>
            beforeNextIssuingStatement = new java.util.concurrent.atomic.AtomicReference<>();
    /** The statements the set-based issue writer prepared. */
    public final List<String> issuingStatements = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    /** The days milestone issues were resolved, by key, as Jira would tell a fixed fee's schedule. */
    public final java.util.Map<String, LocalDate> resolved = new java.util.concurrent.ConcurrentHashMap<>();
    public final BudgetKit budget;
    public final RateCardKit rateCard;
    public final AoInvoiceStore invoices;
    public final AoDraftChoices choices;
    public final AoIssuedNumbers issuedNumbers;
    public final AoInvoicedWorkStore invoiced;
    public final AoAdjustmentStore adjustments;
    public final LedgerKeeper keeper;
    public final DraftSources sources;
    public final InvoiceDrafts drafts;
    public final NumberAllocator numbers;
    public final InvoiceIssuing issuing;

    public InvoiceKit() {
        this(TestDatabase.NAMESPACE);
    }

    /**
     * With the set-based issue writer looking for its tables under the {@code <ao>} namespace given: another
     * namespace than the app's leaves them unfound, and issuing goes through the stores.
     */
    public InvoiceKit(String issuingNamespace) {
        budget = new BudgetKit(wiring -> wiring
                .standIn("issueSearch", (IssueSearch) this::search)
                .standIn("milestones", (io.github.ratecard.contract.Milestones) keys -> resolvedMilestones(keys))
                .decorate("ledgerStore", store -> crashable((LedgerStore) store))
                .argument("issueWriter", 0, crashableExecutors())
                .argument("issueWriter", 1, issuingNamespace));
        rateCard = budget.rateCard;
        invoices = rateCard.app.bean(AoInvoiceStore.class);
        choices = rateCard.app.bean(AoDraftChoices.class);
        issuedNumbers = rateCard.app.bean(AoIssuedNumbers.class);
        invoiced = rateCard.app.bean(AoInvoicedWorkStore.class);
        adjustments = rateCard.app.bean(AoAdjustmentStore.class);
        keeper = rateCard.app.bean(LedgerKeeper.class);
        sources = rateCard.app.bean(DraftSources.class);
        drafts = rateCard.app.bean(InvoiceDrafts.class);
        numbers = rateCard.app.bean(NumberAllocator.class);
        issuing = rateCard.app.bean(InvoiceIssuing.class);
        rateCard.accountService.create(account("ACME", "EUR"));
        rateCard.accountService.link("ACME", "ACME", true);
        rateCard.rateService.add(RateScope.global(), HourlyRate.parse("30", "EUR"), EffectivePeriod.from(LocalDate.parse("2024-01-01")));
        rateCard.rateService.add(RateScope.account("ACME"), HourlyRate.parse("60", "EUR"), EffectivePeriod.from(LocalDate.parse("2024-01-01")));
        for (long issue = 1; issue <= 20; issue++) {
            budget.issues.add(issue, "ACME-" + issue, null);
        }
    }

    public final io.github.ratecard.invoice.InvoiceParties parties() {
        return rateCard.app.bean(io.github.ratecard.invoice.InvoiceParties.class);
    }

    /** Jira's search, as these tests need it: {@code key in (ACME-1, ACME-3)} matches those issues; anything else is refused as Jira would. */
    private io.github.ratecard.invoice.IssueMatches search(String jql, String userKey) {
        searches.add(userKey + ": " + jql);
        java.util.regex.Matcher keys = java.util.regex.Pattern.compile("key in \\(([^)]*)\\)").matcher(jql);
        if (!keys.matches()) {
            throw new io.github.ratecard.domain.InvalidInputException("jql", "Error in the JQL Query: " + jql);
        }
        List<String> wanted = java.util.Arrays.stream(keys.group(1).split(",")).map(String::strip).toList();
        java.util.Map<Long, String> matched = new java.util.HashMap<>();
        budget.issues.refs.values().stream().filter(ref -> wanted.contains(ref.key())).forEach(ref -> matched.put(ref.id(), ref.key()));
        return io.github.ratecard.invoice.IssueMatches.of(matched);
    }

    private java.util.Map<String, LocalDate> resolvedMilestones(java.util.Collection<String> keys) {
        java.util.Map<String, LocalDate> found = new java.util.HashMap<>();
        keys.stream().filter(resolved::containsKey).forEach(key -> found.put(key, resolved.get(key)));
        return found;
    }

    private LedgerStore crashable(LedgerStore store) {
        return (LedgerStore) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {LedgerStore.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("markInvoiced") && failNextMarkInvoiced.getAndSet(false)) {
                        throw new IllegalStateException("The node died while issuing");
                    }
                    Runnable before = method.getName().equals("markInvoiced") ? beforeNextMarkInvoiced.getAndSet(null) : null;
                    if (before != null) {
                        before.run();
                    }
                    try {
                        return method.invoke(store, arguments);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** SAL's executors for issuing, whose connections fail the next deletion of ledger rows when {@link #failNextMarkInvoiced} is set. */
    private TransactionalExecutorFactory crashableExecutors() {
        return (readOnly, requiresNew) -> new TestTransactionalExecutors(rateCard.database, this::crashable).createExecutor(readOnly, requiresNew);
    }

    private Connection crashable(Connection connection) {
        return (Connection) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("prepareStatement") && arguments[0] instanceof String sql) {
                        issuingStatements.add(sql);
                        java.util.Map.Entry<java.util.function.Predicate<String>, Runnable> before = beforeNextIssuingStatement.get();
                        if (before != null && before.getKey().test(sql) && beforeNextIssuingStatement.compareAndSet(before, null)) {
                            before.getValue().run();
                        }
                        java.util.function.Predicate<String> failing = failNextIssuingStatement.get();
                        if (sql.startsWith("DELETE FROM") && sql.contains("RC_LEDGER") && failNextMarkInvoiced.getAndSet(false)
                                || failing != null && failing.test(sql) && failNextIssuingStatement.compareAndSet(failing, null)) {
                            throw new IllegalStateException("The node died while issuing");
                        }
                    }
                    try {
                        return method.invoke(connection, arguments);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** Logs (or changes) a worklog through the ledger keeper, as Jira's event would. */
    public void log(long worklogId, long issue, String started, long seconds) {
        log(worklogId, issue, started, seconds, Instant.parse(started).plusSeconds(seconds));
    }

    public void log(long worklogId, long issue, String started, long seconds, Instant updated) {
        keeper.apply(List.of(WorklogChange.saved(new WorklogRecord(worklogId, issue, "ACME-" + issue, ACME, "ACME", "ana",
                Instant.parse(started), seconds, updated))));
    }

    public void delete(long worklogId, Instant at) {
        keeper.apply(List.of(WorklogChange.deleted(worklogId, at)));
    }

    public Invoice draft(String first, String last) {
        return drafts.draft("ACME", new DateRange(LocalDate.parse(first), LocalDate.parse(last)), LineGrouping.ISSUE, List.of(), null, "fiona");
    }

    @Override
    public void close() {
        budget.close();
    }
}
