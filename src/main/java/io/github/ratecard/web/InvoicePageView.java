package io.github.ratecard.web;

import java.util.List;

/**
 * One invoice, draft or credit note on finance's page: its title and state, facts, lines and
 * totals, the work it bills (a draft's also what blocks issuing), downloads, and which actions
 * apply ({@code draft}: edit, refresh, issue, delete; {@code issued}: void, credit).
 */
public final class InvoicePageView {

    private final long id;
    private final String title;
    private final String status;
    private final boolean draft;
    private final boolean issued;
    private final List<PageRow> facts;
    private final PageTable lines;
    private final List<PageRow> totals;
    private final PageTable blockers;
    private final PageTable entries;
    private final List<PageRow> downloads;

    public InvoicePageView(long id, String title, String status, boolean draft, boolean issued, List<PageRow> facts, PageTable lines,
                           List<PageRow> totals, PageTable blockers, PageTable entries, List<PageRow> downloads) {
        this.id = id;
        this.title = title;
        this.status = status;
        this.draft = draft;
        this.issued = issued;
        this.facts = List.copyOf(facts);
        this.lines = lines;
        this.totals = List.copyOf(totals);
        this.blockers = blockers;
        this.entries = entries;
        this.downloads = List.copyOf(downloads);
    }

    public long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getStatus() {
        return status;
    }

    public boolean isDraft() {
        return draft;
    }

    public boolean isIssued() {
        return issued;
    }

    public List<PageRow> getFacts() {
        return facts;
    }

    public PageTable getLines() {
        return lines;
    }

    public List<PageRow> getTotals() {
        return totals;
    }

    public boolean isHasBlockers() {
        return blockers != null && !blockers.isEmpty();
    }

    public PageTable getBlockers() {
        return blockers;
    }

    public PageTable getEntries() {
        return entries;
    }

    public List<PageRow> getDownloads() {
        return downloads;
    }
}
