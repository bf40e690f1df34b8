package io.github.ratecard.invoice;

import static org.junit.Assert.assertEquals;

import io.github.ratecard.approval.ApprovalFilter;
import io.github.ratecard.approval.Cadence;
import io.github.ratecard.approval.Timesheet;
import io.github.ratecard.approval.TimesheetAction;
import io.github.ratecard.approval.TimesheetEvent;
import io.github.ratecard.approval.TimesheetPeriod;
import io.github.ratecard.approval.TimesheetState;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.store.AoTimesheetSettings;
import io.github.ratecard.store.AoTimesheetStore;
import io.github.ratecard.testing.kits.InvoiceKit;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Approval in drafts and billing reports, on a real database: a project whose drafts take approved time only, a
 * report filtered by approval state, and the count of pending changes a draft or report does not include. Ana's
 * week of 5 October 2026 is approved (ACME-1, one hour); her week of 12 October is not (ACME-2, two hours).
 */
public class ApprovalInDraftsTest {

    private static final DateRange OCTOBER = new DateRange(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-31"));

    private final InvoiceKit kit = new InvoiceKit();
    private final AoTimesheetStore timesheets = kit.rateCard.app.bean(AoTimesheetStore.class);
    private final AoTimesheetSettings settings = kit.rateCard.app.bean(AoTimesheetSettings.class);

    @Before
    public void setUp() {
        kit.log(1, 1, "2026-10-06T09:00:00Z", 3600);
        kit.log(2, 2, "2026-10-13T09:00:00Z", 7200);
        Timesheet sheet = timesheets.openOrFind("ana", new TimesheetPeriod(Cadence.WEEK, LocalDate.parse("2026-10-05")));
        Instant at = Instant.parse("2026-10-12T08:00:00Z");
        timesheets.move(sheet.id(), new TimesheetEvent(TimesheetAction.SUBMIT, TimesheetState.OPEN, TimesheetState.SUBMITTED, "ana", at, null));
        timesheets.move(sheet.id(), new TimesheetEvent(TimesheetAction.APPROVE, TimesheetState.SUBMITTED, TimesheetState.APPROVED, "lee", at, null));
        timesheets.cover(sheet.id(), Set.of(InvoiceKit.ACME));
    }

    @After
    public void tearDown() {
        kit.close();
    }

    @Test
    public void draftOfAProjectTakingApprovedTimeOnly_shouldLeaveUnapprovedWorkOutAndSaySo() {
        settings.setDraftsApprovedOnly(InvoiceKit.ACME, true);

        Invoice draft = kit.draft("2026-10-01", "2026-10-31");

        assertEquals(List.of("ACME-1 Summary of ACME-1"), draft.lines().stream().map(InvoiceLine::text).toList());
        assertEquals(7200, kit.drafts.preview(draft.id()).leftOutSeconds());
    }

    @Test
    public void draftOfAProjectTakingAllTime_shouldBillUnapprovedWorkToo() {
        Invoice draft = kit.draft("2026-10-01", "2026-10-31");

        assertEquals(2, draft.lines().size());
        assertEquals(0, kit.drafts.preview(draft.id()).leftOutSeconds());
    }

    @Test
    public void billingReportOfApprovedTime_shouldShowTheApprovedWeekOnly() {
        InvoiceDrafts.Report report = kit.drafts.report("ACME", OCTOBER, LineGrouping.ISSUE, List.of(), null, "fiona", ApprovalFilter.APPROVED);

        assertEquals(List.of("ACME-1 Summary of ACME-1"), report.invoice().lines().stream().map(InvoiceLine::text).toList());
        assertEquals(7200, report.lines().leftOutSeconds());
    }

    @Test
    public void billingReportOfOpenTime_shouldShowTheWeekNobodySubmitted() {
        InvoiceDrafts.Report report = kit.drafts.report("ACME", OCTOBER, LineGrouping.ISSUE, List.of(), null, "fiona", ApprovalFilter.OPEN);

        assertEquals(List.of("ACME-2 Summary of ACME-2"), report.invoice().lines().stream().map(InvoiceLine::text).toList());
    }

    @Test
    public void draftWhileAChangeOfApprovedTimeIsPending_shouldCountItAsNotIncluded() {
        kit.log(1, 1, "2026-10-06T09:00:00Z", 5400, Instant.parse("2026-10-20T09:00:00Z"));

        Invoice draft = kit.draft("2026-10-01", "2026-10-31");

        assertEquals(1, kit.drafts.pendingChangesNotIn(draft));
        assertEquals(1, kit.drafts.report("ACME", OCTOBER, LineGrouping.ISSUE, List.of(), null, "fiona", ApprovalFilter.ALL).pendingChanges());
        assertEquals(3600, draft.lines().get(0).seconds());
    }

    @Test
    public void billingReportsSpreadsheet_shouldNoteThePendingChangesItLeavesOut() throws Exception {
        kit.log(1, 1, "2026-10-06T09:00:00Z", 5400, Instant.parse("2026-10-20T09:00:00Z"));
        InvoiceDrafts.Report report = kit.drafts.report("ACME", OCTOBER, LineGrouping.ISSUE, List.of(), null, "fiona", ApprovalFilter.ALL);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        new io.github.ratecard.export.XlsxInvoiceWriter().write(kit.rateCard.app.bean(io.github.ratecard.export.InvoiceDocuments.class).report(report), out);

        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(out.toByteArray()))) {
            java.util.List<String> cells = new java.util.ArrayList<>();
            book.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.add(cell.toString())));
            org.junit.Assert.assertTrue(cells.toString(), cells.contains("1 change of approved or closed time is pending and not included."));
        }
    }

    @Test
    public void draftWithoutPendingChanges_shouldCountNone() {
        assertEquals(0, kit.drafts.pendingChangesNotIn(kit.draft("2026-10-01", "2026-10-31")));
    }
}
