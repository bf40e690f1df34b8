package io.github.ratecard.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.approval.Cadence;
import io.github.ratecard.approval.Lock;
import io.github.ratecard.approval.LoggedWork;
import io.github.ratecard.approval.Notice;
import io.github.ratecard.approval.PendingChange;
import io.github.ratecard.approval.TimesheetPeriod;
import io.github.ratecard.approval.WorklogEdit;
import io.github.ratecard.domain.ProjectDirectory;
import io.github.ratecard.domain.ProjectRef;
import io.github.ratecard.domain.SearchQuery;
import io.github.ratecard.domain.UserDirectory;
import io.github.ratecard.domain.UserRef;
import io.github.ratecard.testing.velocity.BundleI18n;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;

/** The e-mail of each timesheet notice: in the recipient's language, every name and reason escaped, with a link to where they act. */
public class NoticeMessageTest {

    private static final TimesheetPeriod WEEK = new TimesheetPeriod(Cadence.WEEK, LocalDate.parse("2026-11-02"));
    private static final String BASE = "https://jira.example.com";

    @Test
    public void submitted_shouldTellTheApproverWhoseTimesheetWaitsAndLinkToApprovals() {
        NoticeMessage.Mail mail = mail(Locale.ENGLISH, notice(Notice.Kind.SUBMITTED, "lee", "ana", null));

        assertEquals("[Ratecard] Timesheet to approve: Ana <Silva>, 2026-W45", mail.subject());
        assertTrue(mail.htmlBody(), mail.htmlBody().startsWith("<p>Ana &lt;Silva&gt; submitted their timesheet for Nov 2, 2026 – Nov 8, 2026."));
        assertTrue(mail.htmlBody(), mail.htmlBody().endsWith(
                "<p><a href=\"https://jira.example.com/plugins/servlet/ratecard/approvals?cadence=WEEK&amp;day=2026-11-02\">Open Approvals</a></p>"));
    }

    @Test
    public void automaticSubmit_shouldSayRatecardSubmittedIt() {
        NoticeMessage.Mail mail = mail(Locale.ENGLISH, notice(Notice.Kind.SUBMITTED, "lee", null, null));

        assertTrue(mail.htmlBody(), mail.htmlBody().startsWith("<p>Ratecard submitted the timesheet of Ana &lt;Silva&gt; for Nov 2, 2026"));
    }

    @Test
    public void rejected_shouldGiveTheEscapedReasonAndLinkToMyTimesheet() {
        NoticeMessage.Mail mail = mail(Locale.ENGLISH, notice(Notice.Kind.REJECTED, "ana", "lee", "<b>ACME-12</b> & twice"));

        assertEquals("[Ratecard] Your timesheet 2026-W45 was rejected", mail.subject());
        assertTrue(mail.htmlBody(), mail.htmlBody().contains("<p>Lars Lee rejected your timesheet for Nov 2, 2026 – Nov 8, 2026."));
        assertTrue(mail.htmlBody(), mail.htmlBody().contains("<p>Reason: &lt;b&gt;ACME-12&lt;/b&gt; &amp; twice</p>"));
        assertTrue(mail.htmlBody(), mail.htmlBody().contains("/plugins/servlet/ratecard/timesheet?cadence=WEEK&amp;day=2026-11-02\">Open My timesheet</a>"));
        assertFalse(mail.htmlBody(), mail.htmlBody().contains("<b>"));
    }

    @Test
    public void approved_shouldBeInTheRecipientsLanguage() {
        NoticeMessage.Mail mail = mail(Locale.GERMAN, notice(Notice.Kind.APPROVED, "ana", "lee", null));

        assertEquals("[Ratecard] Ihr Stundenzettel 2026-W45 ist genehmigt", mail.subject());
        assertTrue(mail.htmlBody(), mail.htmlBody().startsWith("<p>Lars Lee hat Ihren Stundenzettel für 02.11.2026 – 08.11.2026 genehmigt.</p>"));
        assertTrue(mail.htmlBody(), mail.htmlBody().contains(">Meinen Stundenzettel öffnen</a>"));
    }

    @Test
    public void lockedWorkChanged_shouldSayWhatChangedWhereAndWhatTheLedgerKeeps() {
        LoggedWork before = new LoggedWork("ana", 10, LocalDate.parse("2026-11-03"), 3600);
        PendingChange change = new PendingChange(41, WorklogEdit.Kind.EDITED, Optional.of(before), Optional.of(new LoggedWork("ana", 10, before.day(),
                5400)), Instant.parse("2026-11-10T09:00:00Z"), Set.of(Lock.APPROVED_TIMESHEET, Lock.CLOSED_PERIOD));
        NoticeMessage.Mail mail = mail(Locale.ENGLISH, new Notice(Notice.Kind.LOCKED_WORK_CHANGED, "lee", "ana", WEEK, Optional.empty(),
                Optional.empty(), Optional.of(change)));

        assertEquals("[Ratecard] Approved or closed time changed: Ana <Silva>, 2026-W45", mail.subject());
        assertTrue(mail.htmlBody(), mail.htmlBody().startsWith("<p>A worklog of Ana &lt;Silva&gt; on Nov 3, 2026 in ACME was edited in Jira, inside an"
                + " approved timesheet, a closed month. Ratecard keeps the approved figures (1h) and holds the change (1h 30m) as a pending change"));
        assertTrue(mail.htmlBody(), mail.htmlBody().contains("/plugins/servlet/ratecard/approvals?cadence=WEEK&amp;day=2026-11-02"));
    }

    private static Notice notice(Notice.Kind kind, String recipient, String by, String reason) {
        return new Notice(kind, recipient, "ana", WEEK, Optional.ofNullable(by), Optional.ofNullable(reason), Optional.empty());
    }

    private static NoticeMessage.Mail mail(Locale locale, Notice notice) {
        BundleI18n i18n = new BundleI18n(() -> locale);
        return new NoticeMessage(ViewerFormat.of(i18n::getText, locale), USERS, PROJECTS, BASE).of(notice);
    }

    private static final UserDirectory USERS = new UserDirectory() {
        @Override
        public Optional<UserRef> byKey(String userKey) {
            return Optional.of(new UserRef(userKey, userKey.equals("ana") ? "Ana <Silva>" : "Lars Lee"));
        }

        @Override
        public List<UserRef> search(SearchQuery query, int limit) {
            return List.of();
        }
    };

    private static final ProjectDirectory PROJECTS = new ProjectDirectory() {
        @Override
        public Optional<ProjectRef> byKey(String projectKey) {
            return Optional.empty();
        }

        @Override
        public Optional<ProjectRef> byId(long projectId) {
            return Optional.of(new ProjectRef(projectId, "ACME", "Acme support", "lee"));
        }

        @Override
        public List<ProjectRef> search(SearchQuery query) {
            return List.of();
        }
    };
}
