package io.github.ratecard.web;

import java.util.List;

/** A titled table of a page: its id, the i18n keys of its title and column heads, and its rows. */
public final class PageTable {

    private final String id;
    private final String titleKey;
    private final List<String> headKeys;
    private final List<PageRow> rows;

    public PageTable(String id, String titleKey, List<String> headKeys, List<PageRow> rows) {
        this.id = id;
        this.titleKey = titleKey;
        this.headKeys = List.copyOf(headKeys);
        this.rows = List.copyOf(rows);
    }

    public String getId() {
        return id;
    }

    public String getTitleKey() {
        return titleKey;
    }

    public List<String> getHeadKeys() {
        return headKeys;
    }

    public List<PageRow> getRows() {
        return rows;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
