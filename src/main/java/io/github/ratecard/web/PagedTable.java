package io.github.ratecard.web;

import java.text.NumberFormat;

/**
 * One page of a long table: the rows shown, where they start, how many there are in all, how
 * many a page holds, and the query parameter that asks for another page.
 */
public final class PagedTable {

    private final PageTable table;
    private final int from;
    private final long total;
    private final int size;
    private final String parameter;
    private final NumberFormat format;

    public PagedTable(PageTable table, int from, long total, int size, String parameter, NumberFormat format) {
        this.table = table;
        this.from = from;
        this.total = total;
        this.size = size;
        this.parameter = parameter;
        this.format = format;
    }

    /** The first row of the page {@code wanted} starts in, or the first of the last page when that is past the end. */
    static int firstOfPage(int wanted, long total, int size) {
        long lastPage = total == 0 ? 0 : (total - 1) / size * size;
        return (int) Math.min(Math.max(0, wanted) / size * (long) size, lastPage);
    }

    public PageTable getTable() {
        return table;
    }

    /** How many rows there are in all, formatted. */
    public String getCount() {
        return format.format(total);
    }

    /** Which rows the page shows, e.g. "51–100 / 1,234"; empty when all fit on one page. */
    public String getShown() {
        long last = Math.min(total, from + (long) size);
        return total <= size ? "" : format.format(from + 1L) + "\u2013" + format.format(last) + " / " + format.format(total);
    }

    /** The offset of the previous page, or -1. */
    public int getPrevious() {
        return from == 0 ? -1 : Math.max(0, from - size);
    }

    /** The offset of the next page, or -1. */
    public int getNext() {
        return from + (long) size < total ? from + size : -1;
    }

    /** The query parameter that takes the offset of a page. */
    public String getParameter() {
        return parameter;
    }
}
