package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.approval.ApprovalFilter;
import io.github.ratecard.approval.Cadence;
import io.github.ratecard.approval.TimesheetSettings;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.java.ao.Query;

/** Each project's timesheet settings, one row per project and setting in RC_SETTING ({@code timesheet.cadence.<project id>}). */
public class AoTimesheetSettings implements TimesheetSettings {

    private static final String CADENCE = "timesheet.cadence.";
    private static final String AUTO_SUBMIT = "timesheet.autoSubmit.";
    private static final String DRAFTS_APPROVED_ONLY = "timesheet.draftsApprovedOnly.";
    private static final String REPORT_FILTER = "timesheet.reportFilter.";

    private final ActiveObjects ao;

    public AoTimesheetSettings(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Cadence cadence(long projectId) {
        String value = value(CADENCE + projectId);
        return value == null ? Cadence.WEEK : Cadence.valueOf(value);
    }

    @Override
    public boolean autoSubmit(long projectId) {
        return Boolean.parseBoolean(value(AUTO_SUBMIT + projectId));
    }

    @Override
    public void setCadence(long projectId, Cadence cadence) {
        put(CADENCE + projectId, cadence.name());
    }

    @Override
    public void setAutoSubmit(long projectId, boolean autoSubmit) {
        put(AUTO_SUBMIT + projectId, Boolean.toString(autoSubmit));
    }

    @Override
    public boolean draftsApprovedOnly(long projectId) {
        return Boolean.parseBoolean(value(DRAFTS_APPROVED_ONLY + projectId));
    }

    @Override
    public ApprovalFilter reportFilter(long projectId) {
        String value = value(REPORT_FILTER + projectId);
        return value == null ? ApprovalFilter.ALL : ApprovalFilter.valueOf(value);
    }

    @Override
    public void setDraftsApprovedOnly(long projectId, boolean approvedOnly) {
        put(DRAFTS_APPROVED_ONLY + projectId, Boolean.toString(approvedOnly));
    }

    @Override
    public void setReportFilter(long projectId, ApprovalFilter filter) {
        put(REPORT_FILTER + projectId, filter.name());
    }

    @Override
    public Set<Long> autoSubmitProjects() {
        Set<Long> projects = new TreeSet<>();
        for (SettingEntity row : ao.find(SettingEntity.class, Query.select().where(SettingEntity.SETTING_NAME + " LIKE ?", AUTO_SUBMIT + "%"))) {
            if (Boolean.parseBoolean(row.getSettingValue())) {
                projects.add(Long.parseLong(row.getSettingName().substring(AUTO_SUBMIT.length())));
            }
        }
        return projects;
    }

    private String value(String name) {
        SettingEntity[] found = ao.find(SettingEntity.class, Query.select().where(SettingEntity.SETTING_NAME + " = ?", name));
        return found.length == 0 ? null : found[0].getSettingValue();
    }

    private void put(String name, String value) {
        SettingEntity[] found = ao.find(SettingEntity.class, Query.select().where(SettingEntity.SETTING_NAME + " = ?", name));
        if (found.length == 0) {
            ao.create(SettingEntity.class, Map.of(SettingEntity.SETTING_NAME, name, SettingEntity.SETTING_VALUE, value));
        } else {
            found[0].setSettingValue(value);
            found[0].save();
        }
    }
}
