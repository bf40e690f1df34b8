package io.github.ratecard.sandbox;

import io.github.ratecard.sandbox.model.SbMail;
import java.io.IOException;
import java.time.Instant;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** /sandbox/outbox: the e-mails the app queued (budget alerts, timesheet notices), as Jira's mail queue would have sent them. */
final class OutboxServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient SandboxOutbox outbox;
    private final transient PageShell shell;

    OutboxServlet(SandboxOutbox outbox, PageShell shell) {
        this.outbox = outbox;
        this.shell = shell;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StringBuilder body = new StringBuilder("<h2>Outbox</h2><p class=\"ratecard-muted\">What Jira's mail queue would send: the app's budget"
                + " alerts and timesheet notices, newest first.</p>");
        if (outbox.mails().isEmpty()) {
            body.append("<p id=\"sandbox-outbox-empty\">No e-mail yet.</p>");
        }
        body.append("<ol id=\"sandbox-outbox\">");
        for (SbMail mail : outbox.mails()) {
            body.append("<li class=\"sandbox-mail\"><p><strong class=\"sandbox-mail-subject\">").append(Html.escape(mail.getSubject()))
                    .append("</strong><br>To: <span class=\"sandbox-mail-to\">").append(Html.escape(mail.getRecipient())).append("</span> · ")
                    .append(Html.escape(Instant.ofEpochMilli(mail.getQueuedMillis()).toString())).append("</p>");
            if (mail.isHtml()) {
                body.append("<div class=\"sandbox-mail-body\">").append(mail.getBody()).append("</div></li>");
            } else {
                body.append("<pre class=\"sandbox-mail-body\">").append(Html.escape(mail.getBody())).append("</pre></li>");
            }
        }
        body.append("</ol>");
        response.setContentType("text/html;charset=UTF-8");
        shell.render("Outbox", body.toString(), "/sandbox/outbox", response.getWriter());
    }
}
