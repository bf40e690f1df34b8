package io.github.ratecard.sandbox;

import io.github.ratecard.jobs.JobProgress;
import io.github.ratecard.testing.velocity.VelocityTemplateRenderer;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** The sandbox home page: the demo projects and links to the app's pages. */
final class HomeServlet extends HttpServlet {

    static final String TEMPLATE = "sandbox/templates/home.vm";
    private static final long serialVersionUID = 1L;

    private final transient VelocityTemplateRenderer renderer;
    private final transient SandboxStore store;
    private final transient PageShell shell;
    private final transient DemoBackfill pricing;
    /** Where the home page asks how far the demo pricing has come. */
    static final String PRICING = "/sandbox/pricing";

    HomeServlet(VelocityTemplateRenderer renderer, SandboxStore store, PageShell shell, DemoBackfill pricing) {
        this.renderer = renderer;
        this.store = store;
        this.shell = shell;
        this.pricing = pricing;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (PRICING.equals(request.getRequestURI())) {
            pricingProgress(response);
            return;
        }
        if (!"/".equals(request.getRequestURI())) {
            shell.notFound("Page not found", "There is no page at this address.", request.getRequestURI(), response);
            return;
        }
        Map<String, Object> context = new HashMap<>();
        context.put("projects", store.projectSummaries());
        context.put("worklogCount", String.format(java.util.Locale.ENGLISH, "%,d", store.worklogCount()));
        context.put("loginRequired", request.getParameter("login") != null);
        JobProgress progress = pricing == null ? null : pricing.progress();
        context.put("pricing", pricing == null || !pricing.running() ? ""
                : String.format(java.util.Locale.ENGLISH, "%,d of %,d", progress.done(), progress.total()));
        StringWriter body = new StringWriter();
        renderer.render(TEMPLATE, context, body);
        response.setContentType("text/html;charset=UTF-8");
        shell.render("Ratecard sandbox", body.toString(), LoginServlet.safeReturnPath(request.getParameter("returnTo")), response.getWriter());
    }

    /** The demo pricing's progress, polled by the home page: {done, total, etaSeconds, running}. */
    private void pricingProgress(HttpServletResponse response) throws IOException {
        boolean running = pricing != null && pricing.running();
        JobProgress progress = pricing == null ? JobProgress.of(0, 0, 0) : pricing.progress();
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write("{\"done\":" + progress.done() + ",\"total\":" + progress.total() + ",\"etaSeconds\":"
                + progress.remaining().map(d -> String.valueOf(d.getSeconds())).orElse("null") + ",\"running\":" + running + "}");
    }
}
