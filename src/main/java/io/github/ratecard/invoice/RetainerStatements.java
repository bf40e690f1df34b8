package io.github.ratecard.invoice;

import io.github.ratecard.access.AccessDeniedException;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.billing.AccountStore;
import io.github.ratecard.billing.ClientAccount;
import io.github.ratecard.billing.ProjectAccountLink;
import io.github.ratecard.contract.Contract;
import io.github.ratecard.contract.ContractFigures;
import io.github.ratecard.contract.ContractPeriod;
import io.github.ratecard.contract.ContractStore;
import io.github.ratecard.contract.Milestones;
import io.github.ratecard.contract.Retainer;
import io.github.ratecard.contract.RetainerBalance;
import io.github.ratecard.domain.NotFoundException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The client statements of retainers: finance reads every account's, the lead of a project billing to the account reads
 * its own. The hours of a period an issued invoice bills are that invoice's; those of an open period the work a draft
 * of it would bill now.
 */
public final class RetainerStatements {

    private final ContractStore contracts;
    private final InvoicedUsage usage;
    private final Milestones milestones;
    private final InvoicedWorkStore invoiced;
    private final BillableWorkReader reader;
    private final AccountStore accounts;
    private final BuyerTermsStore buyers;
    private final ContractDrafting drafting;
    private final AccessPolicy access;

    public RetainerStatements(ContractStore contracts, InvoicedUsage usage, Milestones milestones, InvoicedWorkStore invoiced, BillableWorkReader reader,
                              AccountStore accounts, BuyerTermsStore buyers, ContractDrafting drafting, AccessPolicy access) {
        this.contracts = contracts;
        this.usage = usage;
        this.milestones = milestones;
        this.invoiced = invoiced;
        this.reader = reader;
        this.accounts = accounts;
        this.buyers = buyers;
        this.drafting = drafting;
        this.access = access;
    }

    /** Whether the current user may read the account's statements: finance, or the lead of a project billing to it. */
    public boolean mayRead(String accountKey) {
        return access.currentUserIsFinance() || accounts.linksOfAccount(accountKey).stream().map(ProjectAccountLink::projectId)
                .distinct().anyMatch(access::currentUserLeads);
    }

    /** Throws (401, 403) unless the current user may read the account's statements. */
    public void requireReader(String accountKey) {
        access.requireSignedIn();
        if (!mayRead(accountKey)) {
            throw new AccessDeniedException(true, "This needs the Ratecard finance permission or the lead of a project billing to the account");
        }
    }

    /** The statement of the account's retainer period that contains {@code month}; 403 unless the user may read it, 404 for no account. */
    public RetainerStatement statement(String accountKey, YearMonth month) {
        requireReader(accountKey);
        ClientAccount account = accounts.account(accountKey).orElseThrow(() -> new NotFoundException("No account " + accountKey));
        String language = buyers.terms(accountKey).map(BuyerTerms::language).orElse("en");
        ContractWords words = ContractWords.of(language);
        String client = account.customerName().isBlank() ? account.name() : account.customerName();
        Optional<Contract> contract = contracts.contract(accountKey);
        if (contract.isEmpty() || !(contract.get().termsIn(month) instanceof Retainer)) {
            return new RetainerStatement(accountKey, client, words.period(month, month), language, Optional.empty(), List.of());
        }
        ContractPeriod period = contract.get().periodOf(month);
        List<RetainerBalance> ledger = new ContractFigures(usage, milestones).retainerLedger(contract.get(), period.last(),
                contracts.adjustments(accountKey));
        Optional<RetainerFigures> balance = ledger.stream().filter(row -> row.period().equals(period)).findFirst()
                .map(row -> new RetainerFigures(row.openingSeconds() + row.adjustmentSeconds(), row.prepaidSeconds(), row.usedSeconds(),
                        row.expiredSeconds(), row.rolledOverSeconds(), row.closingSeconds()));
        return new RetainerStatement(accountKey, client, words.period(period.first(), period.last()), language, balance,
                issues(account, period));
    }

    private List<RetainerStatement.IssueHours> issues(ClientAccount account, ContractPeriod period) {
        Map<String, RetainerStatement.IssueHours> byIssue = new LinkedHashMap<>();
        List<Invoice> billing = usage.issuedIn(account.key(), period.days());
        if (!billing.isEmpty()) {
            for (Invoice invoice : billing) {
                invoiced.stream(invoice.id(), row -> add(byIssue, row.issueKey(), row.issueSummary(), row.billedSeconds(), invoice.number()));
            }
        } else {
            InvoiceHeader header = InvoiceHeader.invoice(account.key(), period.days(), LineGrouping.ISSUE, account.currency(), List.of(), null, "");
            io.github.ratecard.domain.DateRange days = drafting.plan(header).map(ContractDrafting.Plan::workDays).orElse(period.days());
            reader.work(account.key(), days, List.of(), IssueMatches.ANY)
                    .forEach(work -> add(byIssue, work.issueKey(), work.issueSummary(), work.billedSeconds(), Optional.empty()));
        }
        List<RetainerStatement.IssueHours> rows = new ArrayList<>(byIssue.values());
        rows.sort(Comparator.comparing(RetainerStatement.IssueHours::issueKey, RetainerStatements::byKey));
        return rows;
    }

    private static void add(Map<String, RetainerStatement.IssueHours> byIssue, String key, String summary, long seconds, Optional<String> number) {
        byIssue.merge(key + "|" + number.orElse(""), new RetainerStatement.IssueHours(key, summary == null ? "" : summary, seconds, number),
                (a, b) -> new RetainerStatement.IssueHours(a.issueKey(), a.summary(), a.seconds() + b.seconds(), a.invoiceNumber()));
    }

    /** Issue keys in their project's order: ACME-2 before ACME-10. */
    private static int byKey(String a, String b) {
        int dashA = a.lastIndexOf('-');
        int dashB = b.lastIndexOf('-');
        if (dashA > 0 && dashB > 0 && a.substring(0, dashA).equals(b.substring(0, dashB))) {
            try {
                return Long.compare(Long.parseLong(a.substring(dashA + 1)), Long.parseLong(b.substring(dashB + 1)));
            } catch (NumberFormatException e) {
                return a.compareTo(b);
            }
        }
        return a.compareTo(b);
    }
}
