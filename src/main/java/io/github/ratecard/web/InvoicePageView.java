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
    private final Entries entries;
    private final List<PageRow> downloads;

    public InvoicePageView(long id, String title, String status, boolean draft, boolean issued, List<PageRow> facts, PageTable lines,
                           List<PageRow> totals, PageTable blockers, Entries entries, List<PageRow> downloads) {
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
        return entries.table();
    }

    /** Which worklogs the page shows, e.g. "1–500 / 1,234"; empty when all fit on one page. */
    public String getEntriesShown() {
        long first = entries.from() + 1L;
        long last = Math.min(entries.total(), entries.from() + (long) entries.size());
        return entries.total() <= entries.size() ? "" : entries.format().format(first) + "\u2013" + entries.format().format(last) + " / "
                + entries.format().format(entries.total());
    }

    /** The offset of the previous page of worklogs, or -1. */
    public int getPreviousEntries() {
        return entries.from() == 0 ? -1 : Math.max(0, entries.from() - entries.size());
    }

    /** The offset of the next page of worklogs, or -1. */
    public int getNextEntries() {
        return entries.from() + (long) entries.size() < entries.total() ? entries.from() + entries.size() : -1;
    }

    /** A page of a document's worklogs: the table, where it starts, how many there are in all, how many a page holds. */
    public record Entries(PageTable table, int from, long total, int size, java.text.NumberFormat format) {
    }

    public List<PageRow> getDownloads() {
        return downloads;
    }
}
