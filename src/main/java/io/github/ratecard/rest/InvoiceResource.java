package io.github.ratecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.Page;
import io.github.ratecard.export.DownloadName;
import io.github.ratecard.export.InvoiceDocument;
import io.github.ratecard.export.InvoiceDocuments;
import io.github.ratecard.export.InvoiceWriter;
import io.github.ratecard.invoice.DraftLines;
import io.github.ratecard.invoice.Invoice;
import io.github.ratecard.invoice.InvoiceFilter;
import io.github.ratecard.invoice.InvoiceKind;
import io.github.ratecard.invoice.InvoiceDrafts;
import io.github.ratecard.invoice.InvoiceIssuing;
import io.github.ratecard.invoice.InvoiceStore;
import io.github.ratecard.invoice.InvoiceStatus;
import io.github.ratecard.invoice.InvoicedWorkStore;
import io.github.ratecard.invoice.LineGrouping;
import io.github.ratecard.invoice.RepeatableRequests;
import io.github.ratecard.rest.RequestBodies.ChoiceBody;
import io.github.ratecard.rest.RequestBodies.CreditBody;
import io.github.ratecard.rest.RequestBodies.DraftBody;
import io.github.ratecard.rest.RequestBodies.IssueBody;
import io.github.ratecard.rest.RequestBodies.LineBody;
import io.github.ratecard.rest.RequestBodies.ReasonBody;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * {@code /invoices}: drafts, issuing, voiding, credit notes and exports. Finance only. An issued or
 * voided document answers 409 to every change.
 */
@Path("invoices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class InvoiceResource {

    private final InvoiceStore invoices;
    private final InvoiceDrafts drafts;
    private final InvoiceIssuing issuing;
    private final InvoicedWorkStore invoiced;
    private final InvoiceDocuments documents;
    private final ExportFormats formats;
    private final AccessPolicy access;
    private final SecureAdminSession secureSession;
    private final RepeatableRequests repeatable;

    @Context
    private HttpServletRequest httpRequest;

    @Inject
    public InvoiceResource(InvoiceStore invoices, InvoiceDrafts drafts, InvoiceIssuing issuing, InvoicedWorkStore invoiced,
                           InvoiceDocuments documents, ExportFormats formats, AccessPolicy access, SecureAdminSession secureSession,
                           RepeatableRequests repeatable) {
        this.invoices = invoices;
        this.drafts = drafts;
        this.issuing = issuing;
        this.invoiced = invoiced;
        this.documents = documents;
        this.formats = formats;
        this.access = access;
        this.secureSession = secureSession;
        this.repeatable = repeatable;
    }

    /**
     * Invoices and credit notes, newest first, one page at a time, of one account, status or kind
     * if asked, and with {@code from}–{@code to} those whose billing period touches those days.
     */
    @GET
    public Documents.PageOf<InvoiceDocs.Summary> list(@QueryParam("account") String account, @QueryParam("status") String status,
                                                      @QueryParam("kind") String kind, @QueryParam("from") String from,
                                                      @QueryParam("to") String to, @QueryParam("offset") @DefaultValue("0") int offset,
                                                      @QueryParam("limit") @DefaultValue("50") int limit) {
        access.requireFinance();
        secureSession.require(httpRequest);
        InvalidInputException.require(offset >= 0, "offset", "offset cannot be negative");
        InputLimits.requirePageSize(limit, InputLimits.INVOICES_PAGE);
        InvoiceFilter filter = InvoiceFilter.of(account == null || account.isBlank() ? null : account.trim(),
                Inputs.enumValue(InvoiceStatus.class, status, "status"), Inputs.enumValue(InvoiceKind.class, kind, "kind"));
        if (from != null && !from.isBlank() || to != null && !to.isBlank()) {
            filter = filter.during(InvoiceInputs.billingDays(from, to));
        }
        Page<Invoice> page = invoices.list(filter, offset, limit);
        return new Documents.PageOf<>(page.items().stream().map(InvoiceDocs.Summary::of).collect(Collectors.toList()), offset, limit, page.total());
    }

    /**
     * A draft of the account's un-invoiced work of the period: {@code {"accountKey", "from", "to", "grouping", "projectKeys", "jql"}}.
     * With an {@code Idempotency-Key} header, a repeat with the key answers the first draft (201) instead of drafting another.
     */
    @POST
    public Response draft(DraftBody body) {
        access.requireFinance();
        secureSession.require(httpRequest);
        Inputs.body(body);
        DateRange period = InvoiceInputs.period(body.from(), body.to());
        LineGrouping grouping = body.grouping() == null ? LineGrouping.ISSUE : Inputs.requiredEnum(LineGrouping.class, body.grouping(), "grouping");
        String accountKey = Inputs.required(body.accountKey(), "accountKey");
        List<String> projectKeys = InvoiceInputs.keys(body.projectKeys(), "projectKeys");
        String request = String.join("\n", "draft", accountKey, period.first().toString(), period.last().toString(), grouping.name(),
                String.join(",", projectKeys), body.jql() == null ? "" : body.jql().strip());
        Invoice draft = repeatable.once(user(), requestKey(), request,
                receipt -> drafts.draft(accountKey, period, grouping, projectKeys, body.jql(), user(), receipt)).invoice();
        return Response.status(Response.Status.CREATED).entity(document(draft)).build();
    }

    /**
     * The invoice, credit note or draft with the id, with the pending changes of its projects
     * and period that it does not include (a draft also with the work that blocks issuing).
     */
    @GET
    @Path("{id}")
    public InvoiceDocs.InvoiceDoc get(@PathParam("id") long id) {
        access.requireFinance();
        secureSession.require(httpRequest);
        return document(invoices.require(id));
    }

    /** Deletes a draft; an issued or voided document is never deleted (409). */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        access.requireFinance();
        secureSession.require(httpRequest);
        drafts.deleteDraft(id);
        return Response.noContent().build();
    }

    /**
     * Composes the draft again from the ledger (new work appears, left-out
     * work stays out, finance's own lines and texts stay) and answers it.
     */
    @POST
    @Path("{id}/refresh")
    public InvoiceDocs.InvoiceDoc refresh(@PathParam("id") long id) {
        access.requireFinance();
        secureSession.require(httpRequest);
        return document(drafts.refresh(id));
    }

    /** The document's lines. */
    @GET
    @Path("{id}/lines")
    public List<InvoiceDocs.Line> lines(@PathParam("id") long id) {
        access.requireFinance();
        secureSession.require(httpRequest);
        return invoices.require(id).lines().stream().map(InvoiceDocs.Line::of).collect(Collectors.toList());
    }

    /** A line of finance's own: {@code {"text", "amount"}} (negative for a discount), with {@code "vatCategory", "vatPercent", "vatReason"} at a VAT of its own. */
    @POST
    @Path("{id}/lines")
    public Response addLine(@PathParam("id") long id, LineBody body) {
        access.requireFinance();
        secureSession.require(httpRequest);
        Inputs.body(body);
        Invoice invoice = invoices.require(id);
        Invoice changed = drafts.addManualLine(id, Inputs.required(body.text(), "text"),
                Inputs.signedMoney(body.amount(), invoice.currency().getCurrencyCode(), "amount"), body.vat());
        return Response.status(Response.Status.CREATED).entity(document(changed)).build();
    }

    /**
     * Changes a line's text: {@code {"lineKey", "text"}}; the text stays when the draft is refreshed. Or, with {@code "vatCategory"}
     * (and {@code "vatPercent", "vatReason"}) instead of a text, the VAT of a line of finance's own or an expense; an empty
     * category charges it at the invoice's rate again.
     */
    @PUT
    @Path("{id}/lines")
    public InvoiceDocs.InvoiceDoc changeLine(@PathParam("id") long id, LineBody body) {
        access.requireFinance();
        secureSession.require(httpRequest);
        Inputs.body(body);
        String lineKey = Inputs.required(body.lineKey(), "lineKey");
        if (body.text() == null && body.vatCategory() != null) {
            return document(drafts.changeLineVat(id, lineKey, body.vat()));
        }
        return document(drafts.changeLineText(id, lineKey, body.text()));
    }

    /** Removes a line of finance's own ({@code lineKey}) from a draft and answers the draft. */
    @DELETE
    @Path("{id}/lines")
    public InvoiceDocs.InvoiceDoc removeLine(@PathParam("id") long id, @QueryParam("lineKey") String lineKey) {
        access.requireFinance();
        secureSession.require(httpRequest);
        return document(drafts.removeManualLine(id, Inputs.required(lineKey, "lineKey")));
    }

    /** The worklogs on the document: billed ones of an issued invoice, or those a draft would bill now (with what it leaves out). */
    @GET
    @Path("{id}/entries")
    public InvoiceDocs.Entries entries(@PathParam("id") long id, @QueryParam("offset") @DefaultValue("0") int offset,
                                       @QueryParam("limit") @DefaultValue("100") int limit) {
        access.requireFinance();
        secureSession.require(httpRequest);
        InvalidInputException.require(offset >= 0, "offset", "offset cannot be negative");
        InputLimits.requirePageSize(limit, InputLimits.INVOICE_ENTRIES_PAGE);
        Invoice invoice = invoices.require(id);
        List<InvoiceDocs.Work> all = new ArrayList<>();
        if (invoice.isDraft()) {
            DraftLines preview = drafts.preview(id);
            preview.included().forEach(work -> all.add(InvoiceDocs.Work.of(work, preview.lineKeyOf(invoice.header().grouping(), work))));
            preview.blockers().forEach(work -> all.add(InvoiceDocs.Work.of(work, null)));
        } else if (invoice.kind() == InvoiceKind.INVOICE) {
            invoiced.stream(id, work -> all.add(InvoiceDocs.Work.of(work)));
        }
        List<InvoiceDocs.Work> page = all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit));
        return new InvoiceDocs.Entries(id, offset, limit, all.size(), List.copyOf(page), invoice.isDraft() ? List.copyOf(drafts.excludedWorklogs(id)) : List.of());
    }

    /** Leaves worklogs and expenses out of a draft: {@code {"worklogIds": […], "expenseIds": […]}}. */
    @POST
    @Path("{id}/exclusions")
    public InvoiceDocs.InvoiceDoc exclude(@PathParam("id") long id, ChoiceBody body) {
        access.requireFinance();
        secureSession.require(httpRequest);
        Inputs.body(body);
        return document(drafts.exclude(id, InvoiceInputs.ids(body.worklogIds(), "worklogIds"), InvoiceInputs.ids(body.expenseIds(), "expenseIds")));
    }

    /** Takes left-out worklogs and expenses back into a draft. */
    @POST
    @Path("{id}/inclusions")
    public InvoiceDocs.InvoiceDoc include(@PathParam("id") long id, ChoiceBody body) {
        access.requireFinance();
        secureSession.require(httpRequest);
        Inputs.body(body);
        return document(drafts.include(id, InvoiceInputs.ids(body.worklogIds(), "worklogIds"), InvoiceInputs.ids(body.expenseIds(), "expenseIds")));
    }

    /**
     * Issues the draft under the next number: {@code {"issueDate", "exchangeRate"}} (both optional; the rate gives 1 unit in the base
     * currency). With an {@code Idempotency-Key} header, a repeat with the key answers the invoice issued first.
     */
    @POST
    @Path("{id}/issue")
    public InvoiceDocs.InvoiceDoc issue(@PathParam("id") long id, IssueBody body) {
        access.requireFinance();
        secureSession.require(httpRequest);
        IssueBody given = body == null ? new IssueBody(null, null) : body;
        java.time.LocalDate day = Inputs.date(given.issueDate(), "issueDate");
        BigDecimal rate = InvoiceInputs.rate(given.exchangeRate());
        String request = String.join("\n", "issue", String.valueOf(id), String.valueOf(day), rate == null ? "" : rate.toPlainString());
        return document(repeatable.once(user(), requestKey(), request, receipt -> issuing.issue(id, day, rate, user(), receipt)).invoice());
    }

    /**
     * Voids an issued invoice with a reason: it keeps its number and its work may be billed again; an invoice with credit notes is refused.
     */
    @POST
    @Path("{id}/void")
    public InvoiceDocs.InvoiceDoc voidInvoice(@PathParam("id") long id, ReasonBody body) {
        access.requireFinance();
        secureSession.require(httpRequest);
        Inputs.body(body);
        return document(issuing.voidInvoice(id, body.reason(), user()));
    }

    /** A credit note of the invoice: {@code {"lineKeys": […] (none: every line not credited yet), "reason", "issueDate"}}. */
    @POST
    @Path("{id}/credit-notes")
    public Response credit(@PathParam("id") long id, CreditBody body) {
        access.requireFinance();
        secureSession.require(httpRequest);
        Inputs.body(body);
        Invoice note = issuing.credit(id, body.lineKeys(), body.reason(), Inputs.date(body.issueDate(), "issueDate"), user());
        return Response.status(Response.Status.CREATED).entity(document(note)).build();
    }

    /** The document as {@code xlsx}, {@code csv} (with {@code bom}, {@code separator} and {@code decimal}) or {@code ubl} (issued documents only). */
    @GET
    @Path("{id}/export")
    @Produces({MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_JSON})
    public Response export(@PathParam("id") long id, @QueryParam("format") @DefaultValue("xlsx") String format,
                           @QueryParam("bom") @DefaultValue("false") boolean bom, @QueryParam("separator") @DefaultValue(",") String separator,
                           @QueryParam("decimal") @DefaultValue("point") String decimal) {
        access.requireFinance();
        secureSession.require(httpRequest);
        Invoice invoice = invoices.require(id);
        InvoiceWriter writer = formats.writer(format, bom, separator, decimal);
        InvalidInputException.require(!(writer.extension().equals("xml") && invoice.isDraft()), "format", "A draft is no e-invoice yet: issue it first");
        InvoiceDocument document = documents.of(invoice);
        Response download = formats.download(writer, document, invoice.number().orElse("draft-" + invoice.accountKey() + "-" + id));
        return writer.extension().equals("xml") ? formats.withEInvoiceCheck(download, invoice) : download;
    }

    private InvoiceDocs.InvoiceDoc document(Invoice invoice) {
        return InvoiceDocs.InvoiceDoc.of(invoice, invoice.isDraft() ? drafts.preview(invoice.id()) : null, drafts.pendingChangesNotIn(invoice));
    }

    /** The request's {@code Idempotency-Key}, or null when it sends none. */
    private String requestKey() {
        return httpRequest.getHeader(RepeatableRequests.HEADER);
    }

    private String user() {
        return access.currentViewer().orElseThrow().userKey();
    }
}
