package io.github.ratecard.store;

import static io.github.ratecard.store.RateCardKit.account;

import io.github.ratecard.domain.DateRange;
import io.github.ratecard.invoice.AdjustmentRecorder;
import io.github.ratecard.invoice.BillableWorkReader;
import io.github.ratecard.invoice.Invoice;
import io.github.ratecard.invoice.InvoiceNumbering;
import io.github.ratecard.invoice.DraftSources;
import io.github.ratecard.invoice.InvoiceDrafts;
import io.github.ratecard.invoice.InvoiceIssuing;
import io.github.ratecard.invoice.NumberAllocator;
import io.github.ratecard.invoice.WorkBilling;
import io.github.ratecard.invoice.LineGrouping;
import io.github.ratecard.ledger.LedgerKeeper;
import io.github.ratecard.ledger.WorklogChange;
import io.github.ratecard.ledger.WorklogRecord;
import io.github.ratecard.rates.EffectivePeriod;
import io.github.ratecard.rates.HourlyRate;
import io.github.ratecard.rates.RateScope;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Invoicing on a real database: the budget kit's stores plus invoices, billed work, sequences and
 * adjustments, the ledger keeper that tells the adjustment recorder, and the invoice service, as the
 * app builds them. Account ACME (EUR, 19 % tax, billed in 15-minute steps up) is project ACME's
 * default, billing 60 EUR an hour; worklogs are logged on issues ACME-1 … ACME-20 by "ana".
 */
final class InvoiceKit implements AutoCloseable {

    static final long ACME = RateCardKit.ACME_PROJECT.id();

    final BudgetKit budget = new BudgetKit();
    final RateCardKit rateCard = budget.rateCard;
    final AoInvoiceStore invoices = new AoInvoiceStore(rateCard.database.activeObjects());
    final AoDraftChoices choices = new AoDraftChoices(rateCard.database.activeObjects());
    final AoIssuedNumbers issuedNumbers = new AoIssuedNumbers(rateCard.database.activeObjects());
    final AoInvoicedWorkStore invoiced = new AoInvoicedWorkStore(rateCard.database.activeObjects());
    final AoAdjustmentStore adjustments = new AoAdjustmentStore(rateCard.database.activeObjects());
    final AoNumberSequence sequence = new AoNumberSequence(rateCard.database.activeObjects());
    final LedgerKeeper keeper = new LedgerKeeper(budget.ledger, budget.rollups, budget.pricer, rateCard.transactions, Clock.fixed(RateCardKit.NOW, ZoneOffset.UTC),
            new AdjustmentRecorder(invoiced, invoices, adjustments));
    final BillableWorkReader reader = new BillableWorkReader(budget.queries, rateCard.rates, budget.issues, rateCard.users, rateCard.levels,
            rateCard.accounts, rateCard.projects, budget.expenseStore);
    /** Set to make the next marking of ledger entries fail, as a crash in the middle of issuing. */
    final java.util.concurrent.atomic.AtomicBoolean failNextMarkInvoiced = new java.util.concurrent.atomic.AtomicBoolean();
    final DraftSources sources = new DraftSources(reader, budget.ledger, choices, invoices, adjustments, this::search);
    final InvoiceDrafts drafts = new InvoiceDrafts(invoices, choices, sources, rateCard.accounts, rateCard.audit, rateCard.transactions,
            Clock.fixed(RateCardKit.NOW, ZoneOffset.UTC));
    final NumberAllocator numbers = new NumberAllocator(sequence, issuedNumbers, rateCard.settings, InvoiceNumbering.DEFAULT, rateCard.audit,
            rateCard.transactions);
    final InvoiceIssuing issuing = new InvoiceIssuing(invoices, sources, new WorkBilling(invoiced, crashable(budget.ledger), adjustments), numbers,
            parties(), rateCard.accounts, rateCard.settings, rateCard.audit, rateCard.transactions, Clock.fixed(RateCardKit.NOW, ZoneOffset.UTC));
    /** The JQL queries Jira was asked, with the user asking. */
    final List<String> searches = new java.util.ArrayList<>();

    InvoiceKit() {
        rateCard.accountService.create(account("ACME", "EUR"));
        rateCard.accountService.link("ACME", "ACME", true);
        rateCard.rateService.add(RateScope.global(), HourlyRate.parse("30", "EUR"), EffectivePeriod.from(LocalDate.parse("2024-01-01")));
        rateCard.rateService.add(RateScope.account("ACME"), HourlyRate.parse("60", "EUR"), EffectivePeriod.from(LocalDate.parse("2024-01-01")));
        for (long issue = 1; issue <= 20; issue++) {
            budget.issues.add(issue, "ACME-" + issue, null);
        }
    }

    final io.github.ratecard.invoice.InvoiceParties parties() {
        return new io.github.ratecard.invoice.InvoiceParties(rateCard.settings, rateCard.accounts,
                new AoBuyerTermsStore(rateCard.database.activeObjects()), new AoInvoicePartiesStore(rateCard.database.activeObjects()));
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

    private io.github.ratecard.ledger.LedgerStore crashable(io.github.ratecard.ledger.LedgerStore store) {
        return (io.github.ratecard.ledger.LedgerStore) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {io.github.ratecard.ledger.LedgerStore.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("markInvoiced") && failNextMarkInvoiced.getAndSet(false)) {
                        throw new IllegalStateException("The node died while issuing");
                    }
                    try {
                        return method.invoke(store, arguments);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** Logs (or changes) a worklog through the ledger keeper, as Jira's event would. */
    void log(long worklogId, long issue, String started, long seconds) {
        log(worklogId, issue, started, seconds, Instant.parse(started).plusSeconds(seconds));
    }

    void log(long worklogId, long issue, String started, long seconds, Instant updated) {
        keeper.apply(List.of(WorklogChange.saved(new WorklogRecord(worklogId, issue, "ACME-" + issue, ACME, "ACME", "ana",
                Instant.parse(started), seconds, updated))));
    }

    void delete(long worklogId, Instant at) {
        keeper.apply(List.of(WorklogChange.deleted(worklogId, at)));
    }

    Invoice draft(String first, String last) {
        return drafts.draft("ACME", new DateRange(LocalDate.parse(first), LocalDate.parse(last)), LineGrouping.ISSUE, List.of(), null, "fiona");
    }

    @Override
    public void close() {
        budget.close();
    }
}
