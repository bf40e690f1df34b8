package io.github.ratecard.web;

import java.util.List;
import java.util.Set;

/**
 * One invoice, draft or credit note on finance's page. On top, what a person needs to decide:
 * the title and state, a summary (client, period, subtotal, tax, total, and for a draft what blocks
 * issuing), the documents it is linked with, and its actions ({@code draft}: issue, refresh,
 * delete; {@code issued}: void, credit). Below, in tabs, its lines, its work, the work without a
 * rate (a draft's) and the other facts, each a page at a time; a flag says what the last action did.
 */
public final class InvoicePageView {

    /** The tabs the page has, the first shown unless another is asked for. */
    public static final List<String> TABS = List.of("lines", "work", "blockers", "details");

    private final Heading heading;
    private final List<PageRow> summary;
    private final List<PageRow> related;
    private final List<PageRow> facts;
    private final Tables tables;
    private final List<PageRow> downloads;
    private final String tab;
    private final String flag;
    private String contractTitle = "";
    private List<PageRow> contractFigures = List.of();

    public InvoicePageView(Heading heading, List<PageRow> summary, List<PageRow> related, List<PageRow> facts, Tables tables,
                           List<PageRow> downloads, String tab, String flag) {
        this.heading = heading;
        this.summary = List.copyOf(summary);
        this.related = List.copyOf(related);
        this.facts = List.copyOf(facts);
        this.tables = tables;
        this.downloads = List.copyOf(downloads);
        this.tab = tab.equals("blockers") && tables.blockers() == null || !TABS.contains(tab) ? TABS.get(0) : tab;
        this.flag = flag == null ? "" : flag;
    }

    /**
     * The same page with the figures the account's contract gives the draft (a retainer's balance, a cap's consumption, a
     * fixed fee's instalments due) under their title; none for time and materials.
     */
    public InvoicePageView withContract(String title, List<PageRow> figures) {
        InvoicePageView shown = new InvoicePageView(heading, summary, related, facts, tables, downloads, tab, flag);
        shown.contractTitle = title == null ? "" : title;
        shown.contractFigures = List.copyOf(figures);
        return shown;
    }

    /** The title, the state (its text, and its name for the lozenge) and which actions apply. */
    public record Heading(long id, String title, String status, String state, boolean draft, boolean issued) {
    }

    /** The document's paged tables; {@code blockers} only for a draft. */
    public record Tables(PagedTable lines, PagedTable blockers, PagedTable entries) {
    }

    /** What the page's address asks for: a tab, the first row of each table, and the action just done (or null). */
    public record Shown(String tab, int lines, int entries, int blockers, String done) {

        /** The actions a flag is shown for. */
        public static final Set<String> DONE = Set.of("drafted", "issued", "voided", "credited", "refreshed");

        public static Shown first() {
            return new Shown("lines", 0, 0, 0, null);
        }
    }

    public long getId() {
        return heading.id();
    }

    public String getTitle() {
        return heading.title();
    }

    public String getStatus() {
        return heading.status();
    }

    /** The state's name for the lozenge: draft, issued or void. */
    public String getState() {
        return heading.state();
    }

    public boolean isDraft() {
        return heading.draft();
    }

    public boolean isIssued() {
        return heading.issued();
    }

    public List<PageRow> getSummary() {
        return summary;
    }

    /** The documents this one is linked with: label, title (the value) and address (the note). */
    public List<PageRow> getRelated() {
        return related;
    }

    public boolean isHasRelated() {
        return !related.isEmpty();
    }

    public List<PageRow> getFacts() {
        return facts;
    }

    public PagedTable getLines() {
        return tables.lines();
    }

    public boolean isHasBlockers() {
        return tables.blockers() != null && !tables.blockers().getTable().isEmpty();
    }

    public PagedTable getBlockers() {
        return tables.blockers();
    }

    public PagedTable getEntries() {
        return tables.entries();
    }

    public List<PageRow> getDownloads() {
        return downloads;
    }

    /** The tab shown first. */
    public String getTab() {
        return tab;
    }

    public boolean isHasContract() {
        return !contractFigures.isEmpty();
    }

    /** The title of the contract's figures, e.g. "Retainer balance May 2026". */
    public String getContractTitle() {
        return contractTitle;
    }

    public List<PageRow> getContractFigures() {
        return contractFigures;
    }

    /** What the last action did, for the flag; empty for none. */
    public String getFlag() {
        return flag;
    }
}
