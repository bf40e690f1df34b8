package io.github.ratecard.web;

import java.util.List;

/**
 * The Utilisation page: the filters as chosen, the rows, the download links, the staff levels'
 * targets (editable by finance), and a refusal of the filters in the viewer's words when there is one.
 */
public final class UtilisationView {

    /** The filters as typed: months, rows, group names (comma-separated) and project key. */
    public record Filters(String from, String to, List<FieldOption> groupings, String groups, String project) {
    }

    /** The download links: XLSX, and CSV in the viewer's style and in the other. */
    public record Downloads(String xlsx, String csv, String csvStyle, String csvOther, String csvOtherStyle) {
    }

    private final Filters filters;
    private final List<UtilisationPageRow> rows;
    private final Downloads downloads;
    private final List<UtilisationTargetRow> targets;
    private final boolean canEditTargets;
    private final String note;
    private final String error;

    public UtilisationView(Filters filters, List<UtilisationPageRow> rows, Downloads downloads, List<UtilisationTargetRow> targets, boolean canEditTargets,
                           String note, String error) {
        this.filters = filters;
        this.rows = List.copyOf(rows);
        this.downloads = downloads;
        this.targets = List.copyOf(targets);
        this.canEditTargets = canEditTargets;
        this.note = note;
        this.error = error;
    }

    public String getFrom() {
        return filters.from();
    }

    public String getTo() {
        return filters.to();
    }

    public List<FieldOption> getGroupings() {
        return filters.groupings();
    }

    public String getGroups() {
        return filters.groups();
    }

    public String getProject() {
        return filters.project();
    }

    public List<UtilisationPageRow> getRows() {
        return rows;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public boolean isHasDownloads() {
        return downloads != null;
    }

    public String getXlsxUrl() {
        return downloads.xlsx();
    }

    public String getCsvUrl() {
        return downloads.csv();
    }

    public String getCsvStyle() {
        return downloads.csvStyle();
    }

    public String getCsvOtherUrl() {
        return downloads.csvOther();
    }

    public String getCsvOtherStyle() {
        return downloads.csvOtherStyle();
    }

    public List<UtilisationTargetRow> getTargets() {
        return targets;
    }

    public boolean isCanEditTargets() {
        return canEditTargets;
    }

    /** How the figures are read: the tolerance around targets and whose rows the viewer sees. */
    public String getNote() {
        return note;
    }

    public boolean isHasError() {
        return error != null;
    }

    public String getError() {
        return error;
    }
}
