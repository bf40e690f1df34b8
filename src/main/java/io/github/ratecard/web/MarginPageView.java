package io.github.ratecard.web;

import java.util.List;

/**
 * What the profitability page shows: the filters as asked, the report's headings, rows and totals
 * formatted in the viewer's language, the download links, and — when a figure's entries were asked
 * for — a page of them with links to the pages before and after.
 */
public final class MarginPageView {

    /** The entries behind a figure: their headings, rows and paging links (empty where there is no such page). */
    public record Entries(String title, List<String> heads, List<PageRow> rows, String previousUrl, String nextUrl) {

        public String getTitle() {
            return title;
        }

        public List<String> getHeads() {
            return heads;
        }

        public List<PageRow> getRows() {
            return rows;
        }

        public String getPreviousUrl() {
            return previousUrl;
        }

        public String getNextUrl() {
            return nextUrl;
        }
    }

    private final Filters filters;
    private final List<String> heads;
    private final List<MarginPageRow> rows;
    private final List<MarginPageRow> totals;
    private final String baseTotal;
    private final String incomplete;
    private final String unvalued;
    private final String xlsxUrl;
    private final String csvUrl;
    private final Entries entries;
    private String conversionsTitle = "";
    private List<String> conversions = List.of();
    private String snapshot = "";
    private String freshUrl = "";

    /** The filters as the viewer set them, and the choices of rows. */
    public record Filters(String from, String to, String project, String account, List<FieldOption> groupings) {

        public String getFrom() {
            return from;
        }

        public String getTo() {
            return to;
        }

        public String getProject() {
            return project;
        }

        public String getAccount() {
            return account;
        }

        public List<FieldOption> getGroupings() {
            return groupings;
        }
    }

    public MarginPageView(Filters filters, List<String> heads, List<MarginPageRow> rows, List<MarginPageRow> totals, String baseTotal,
                          String incomplete, String unvalued, String xlsxUrl, String csvUrl, Entries entries) {
        this.filters = filters;
        this.heads = List.copyOf(heads);
        this.rows = List.copyOf(rows);
        this.totals = List.copyOf(totals);
        this.baseTotal = baseTotal;
        this.incomplete = incomplete == null ? "" : incomplete;
        this.unvalued = unvalued == null ? "" : unvalued;
        this.xlsxUrl = xlsxUrl;
        this.csvUrl = csvUrl;
        this.entries = entries;
    }

    public Filters getFilters() {
        return filters;
    }

    public List<String> getHeads() {
        return heads;
    }

    public List<MarginPageRow> getRows() {
        return rows;
    }

    public boolean isHasRows() {
        return !rows.isEmpty();
    }

    public List<MarginPageRow> getTotals() {
        return totals;
    }

    public String getBaseTotal() {
        return baseTotal;
    }

    public String getIncomplete() {
        return incomplete;
    }

    /** How many entries are left out of write-offs and realisation for want of a bill rate, in words; empty when none. */
    public String getUnvalued() {
        return unvalued;
    }

    public String getXlsxUrl() {
        return xlsxUrl;
    }

    public String getCsvUrl() {
        return csvUrl;
    }

    /** The view with the sentences saying how each bill currency's revenue of each month was shown in the base currency. */
    public MarginPageView withConversions(String title, List<String> sentences) {
        this.conversionsTitle = title;
        this.conversions = List.copyOf(sentences);
        return this;
    }

    /** {@code sentence}: when a kept snapshot's figures were computed, empty for figures computed for this request; {@code freshUrl}: this page computed now. */
    public MarginPageView withSnapshot(String sentence, String freshUrl) {
        this.snapshot = sentence;
        this.freshUrl = freshUrl;
        return this;
    }

    public String getSnapshot() {
        return snapshot;
    }

    public String getFreshUrl() {
        return freshUrl;
    }

    public String getConversionsTitle() {
        return conversionsTitle;
    }

    public List<String> getConversions() {
        return conversions;
    }

    public boolean isConversionsShown() {
        return !conversions.isEmpty();
    }

    public Entries getEntries() {
        return entries;
    }

    public boolean isEntriesShown() {
        return entries != null;
    }
}
