package io.github.ratecard.web;

import io.github.ratecard.approval.Lock;
import io.github.ratecard.approval.LoggedWork;
import io.github.ratecard.approval.Notice;
import io.github.ratecard.approval.PendingChange;
import io.github.ratecard.domain.ProjectDirectory;
import io.github.ratecard.domain.ProjectRef;
import io.github.ratecard.domain.UserDirectory;
import io.github.ratecard.domain.UserRef;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The e-mail of a timesheet notice, in the recipient's words: a plain-text subject and an HTML body
 * whose every name, reason and figure is escaped, ending with a link to the page where the
 * recipient acts (Approvals for approvers, My timesheet for the timesheet's user).
 */
public final class NoticeMessage {

    /** A subject (plain text) and an HTML body. */
    public record Mail(String subject, String htmlBody) {
    }

    private final ViewerFormat format;
    private final UserDirectory users;
    private final ProjectDirectory projects;
    private final String baseUrl;

    /** {@code format}: in the recipient's language; {@code baseUrl}: Jira's absolute base URL. */
    public NoticeMessage(ViewerFormat format, UserDirectory users, ProjectDirectory projects, String baseUrl) {
        this.format = format;
        this.users = users;
        this.projects = projects;
        this.baseUrl = baseUrl;
    }

    public Mail of(Notice notice) {
        String key = "ratecard.notice." + notice.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
        String user = name(notice.userKey());
        String by = notice.byUserKey().map(this::name).orElse(format.text("ratecard.notice.byRatecard"));
        String range = format.range(notice.period().range());
        String subject = format.text(key + ".subject", user, notice.period().label());
        StringBuilder body = new StringBuilder("<p>");
        if (notice.kind() == Notice.Kind.LOCKED_WORK_CHANGED) {
            body.append(changeText(notice.change().orElseThrow(), user));
        } else if (notice.kind() == Notice.Kind.SUBMITTED && notice.byUserKey().isEmpty()) {
            body.append(format.text(key + ".automatic", esc(user), esc(range)));
        } else {
            body.append(format.text(key + ".body", esc(user), esc(range), esc(by)));
        }
        body.append("</p>");
        notice.reason().ifPresent(reason -> body.append("<p>").append(format.text("ratecard.notice.reason", esc(reason))).append("</p>"));
        String page = notice.kind() == Notice.Kind.SUBMITTED || notice.kind() == Notice.Kind.LOCKED_WORK_CHANGED
                ? TimesheetLinks.APPROVALS : TimesheetLinks.MY_TIMESHEET;
        String pageName = format.text(page.equals(TimesheetLinks.APPROVALS) ? "ratecard.notice.link.approvals" : "ratecard.notice.link.timesheet");
        body.append("<p><a href=\"").append(esc(TimesheetLinks.of(baseUrl, page, notice.period()))).append("\">").append(esc(pageName))
                .append("</a></p>");
        return new Mail(subject, body.toString());
    }

    private String changeText(PendingChange change, String user) {
        LoggedWork work = change.after().or(change::before).orElseThrow();
        String project = projects.byId(work.projectId()).map(ProjectRef::key).orElse(String.valueOf(work.projectId()));
        String locks = change.locks().stream().sorted().map(lock -> format.text("ratecard.notice.lock." + lockKey(lock)))
                .collect(Collectors.joining(", "));
        String kind = format.text("ratecard.notice.change." + change.kind().name().toLowerCase(Locale.ROOT));
        String before = change.before().map(w -> WorkDuration.format(w.seconds())).orElse("–");
        String after = change.after().map(w -> WorkDuration.format(w.seconds())).orElse("–");
        return format.text("ratecard.notice.locked-work-changed.body", esc(user), esc(format.date(work.day())), esc(project), esc(kind), esc(locks),
                esc(before), esc(after));
    }

    private static String lockKey(Lock lock) {
        return lock == Lock.APPROVED_TIMESHEET ? "approved" : "closed";
    }

    private String name(String userKey) {
        return users.byKey(userKey).map(UserRef::displayName).orElse(userKey);
    }

    private static String esc(String text) {
        return HtmlText.escape(text);
    }
}
