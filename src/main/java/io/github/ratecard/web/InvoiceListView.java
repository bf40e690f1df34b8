package io.github.ratecard.web;

import java.util.List;

/** Finance's list of invoices: the table, the open accounts (for the filter and a new draft), the filter shown, and the next page's offset (-1: none). */
public final class InvoiceListView {

    private final PageTable invoices;
    private final List<PageRow> accounts;
    private final String account;
    private final String status;
    private final int nextOffset;

    public InvoiceListView(PageTable invoices, List<PageRow> accounts, String account, String status, int nextOffset) {
        this.invoices = invoices;
        this.accounts = List.copyOf(accounts);
        this.account = account;
        this.status = status;
        this.nextOffset = nextOffset;
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
