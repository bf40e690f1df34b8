package io.github.ratecard.invoice;

import io.github.ratecard.billing.AccountStore;
import io.github.ratecard.billing.ClientAccount;
import io.github.ratecard.contract.ContractPeriod;
import io.github.ratecard.contract.ContractUsage;
import io.github.ratecard.contract.PeriodUsage;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.domain.NotFoundException;
import io.github.ratecard.ledger.LedgerEntry;
import io.github.ratecard.ledger.LedgerQueries;
import io.github.ratecard.ledger.LedgerStore;
import io.github.ratecard.money.Money;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * The usage of a contract's periods, from invoices: a period that an issued invoice bills (its last billing day lies in
 * the period) used what its issued invoices bill, each worklog once, for good; an open period uses the account's billable
 * work no issued invoice bills yet, dated in the period or in the invoiced periods right before it (work added to a
 * period after its invoice was issued, which the next invoice bills). So a worklog counts in the period of the invoice
 * that bills it, and in no other. The value is the work's bill at the rate card, before a contract changes what it bills.
 */
public final class InvoicedUsage implements ContractUsage {

    private static final int PAGE = 200;

    private final InvoiceStore invoices;
    private final InvoicedWorkStore invoiced;
    private final LedgerQueries ledger;
    private final LedgerStore entries;
    private final AccountStore accounts;

    public InvoicedUsage(InvoiceStore invoices, InvoicedWorkStore invoiced, LedgerQueries ledger, LedgerStore entries, AccountStore accounts) {
        this.invoices = invoices;
        this.invoiced = invoiced;
        this.ledger = ledger;
        this.entries = entries;
        this.accounts = accounts;
    }

    @Override
    public List<PeriodUsage> usage(String accountKey, List<ContractPeriod> periods) {
        Currency currency = accounts.account(accountKey).map(ClientAccount::currency).orElseThrow(() -> new NotFoundException("No account " + accountKey));
        if (periods.isEmpty()) {
            return List.of();
        }
        DateRange all = new DateRange(periods.get(0).first().atDay(1), periods.get(periods.size() - 1).last().atEndOfMonth());
        List<Invoice> issued = issuedIn(accountKey, all);
        List<List<Invoice>> billing = new ArrayList<>(periods.size());
        for (ContractPeriod period : periods) {
            billing.add(issued.stream().filter(invoice -> period.days().contains(invoice.header().period().last())).toList());
        }
        long[] openSeconds = new long[periods.size()];
        List<List<Money>> openValues = new ArrayList<>();
        periods.forEach(period -> openValues.add(new ArrayList<>()));
        ledger.billableOfAccount(accountKey, all.first(), all.last(), entry -> {
            int index = countingIn(periods, billing, entry.workDate());
            if (index >= 0) {
                openSeconds[index] += entry.billedSeconds();
                if (entry.bill() != null && entry.bill().currency().equals(currency)) {
                    openValues.get(index).add(entry.bill());
                }
            }
        });
        List<PeriodUsage> result = new ArrayList<>(periods.size());
        for (int i = 0; i < periods.size(); i++) {
            result.add(billing.get(i).isEmpty() ? new PeriodUsage(openSeconds[i], Money.sum(currency, openValues.get(i)))
                    : billedBy(billing.get(i), currency));
        }
        return result;
    }

    /**
     * The period un-invoiced work of {@code day} counts in: its own while no invoice bills it, else the next period no
     * invoice bills, if it follows right after invoiced ones; -1 when none of the periods does.
     */
    private static int countingIn(List<ContractPeriod> periods, List<List<Invoice>> billing, java.time.LocalDate day) {
        for (int i = 0; i < periods.size(); i++) {
            if (periods.get(i).days().contains(day)) {
                int index = i;
                while (index < periods.size() && !billing.get(index).isEmpty()) {
                    index++;
                }
                boolean contiguous = index < periods.size() && (index == i || periods.get(index).first().equals(periods.get(index - 1).last().plusMonths(1)));
                return contiguous ? index : -1;
            }
        }
        return -1;
    }

    /** The account's issued invoices (not credit notes, not voided) whose last billing day lies in {@code days}, oldest first. */
    public List<Invoice> issuedIn(String accountKey, DateRange days) {
        List<Invoice> found = new ArrayList<>();
        InvoiceFilter filter = InvoiceFilter.of(accountKey, InvoiceStatus.ISSUED, InvoiceKind.INVOICE).during(days);
        for (int offset = 0; ; offset += PAGE) {
            List<Invoice> page = invoices.list(filter, offset, PAGE).items();
            page.stream().filter(invoice -> days.contains(invoice.header().period().last())).forEach(found::add);
            if (page.size() < PAGE) {
                break;
            }
        }
        found.sort(java.util.Comparator.comparing(Invoice::id));
        return found;
    }

    private PeriodUsage billedBy(List<Invoice> billing, Currency currency) {
        long seconds = 0;
        List<Money> values = new ArrayList<>();
        for (Invoice invoice : billing) {
            List<InvoicedWork> rows = new ArrayList<>();
            invoiced.stream(invoice.id(), rows::add);
            Map<Long, LedgerStore.Stored> stored = entries.storedAll(rows.stream().map(InvoicedWork::worklogId).toList());
            for (InvoicedWork row : rows) {
                seconds += row.billedSeconds();
                Money bill = stored.containsKey(row.worklogId()) ? stored.get(row.worklogId()).entry().map(LedgerEntry::bill).orElse(null) : null;
                Money value = bill != null && bill.currency().equals(currency) ? bill : row.amount();
                if (value.currency().equals(currency)) {
                    values.add(value);
                }
            }
        }
        return new PeriodUsage(seconds, Money.sum(currency, values));
    }
}
