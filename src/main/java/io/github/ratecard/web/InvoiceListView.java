package io.github.ratecard.web;

import io.github.ratecard.invoice.InvoiceFilter;
import java.util.List;

/**
 * Finance's list of invoices: the table, the open accounts (for the filter and a new draft), the
 * filter shown (account, status, period), and the next page's offset (-1: none).
 */
public final class InvoiceListView {

    private final PageTable invoices;
    private final List<PageRow> accounts;
    private final String account;
    private final String status;
    private final String from;
    private final String to;
    private final int nextOffset;

    public InvoiceListView(PageTable invoices, List<PageRow> accounts, InvoiceFilter filter, int nextOffset) {
        this.invoices = invoices;
        this.accounts = List.copyOf(accounts);
        this.account = filter.accountKey() == null ? "" : filter.accountKey();
        this.status = filter.status() == null ? "" : filter.status().name();
        this.from = filter.period() == null ? "" : filter.period().first().toString();
        this.to = filter.period() == null ? "" : filter.period().last().toString();
        this.nextOffset = nextOffset;
    }

    /** The first day of the period filtered on (ISO), or empty. */
    /** Whether the list is narrowed by an account, a status or a period, so an empty list can say the filter is why. */
    public boolean isFiltered() {
        return !account.isEmpty() || !status.isEmpty() || !from.isEmpty();
    }

    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }

    public PageTable getInvoices() {
        return invoices;
    }

    public List<PageRow> getAccounts() {
        return accounts;
    }

    public String getAccount() {
        return account;
    }

    public String getStatus() {
        return status;
    }

    public boolean isHasMore() {
        return nextOffset >= 0;
    }

    public int getNextOffset() {
        return nextOffset;
    }
}
