package io.github.ratecard.web;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.github.ratecard.access.AccessPolicy;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Jira administration → Ratecard: staff levels, cost rates, client accounts and bill rates.
 * Each page is a frame the page script fills from the REST API; nothing is decided here.
 */
public class RateCardPagesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient PageGuard guard;
    private final transient TemplateRenderer renderer;
    private final transient PageBuilderService pageBuilder;
    private final transient I18nResolver i18n;
    private final transient Clock clock;
    private final transient AccessPolicy access;

    public RateCardPagesServlet(PageGuard guard, TemplateRenderer renderer, PageBuilderService pageBuilder, I18nResolver i18n, Clock clock,
                                AccessPolicy access) {
        this.guard = guard;
        this.access = access;
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.i18n = i18n;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<RateCardPage> page = RateCardPage.forPath(request.getPathInfo());
        if (page.isEmpty()) {
            guard.notFound(request, response);
            return;
        }
        boolean admitted = page.get().alsoForAdministrators()
                ? guard.admitFinanceOrAdmin(request, response) : guard.admitFinance(request, response);
        if (!admitted) {
            return;
        }
        pageBuilder.assembler().resources().requireWebResource(WebResources.RATECARD);
        pageBuilder.assembler().resources().requireWebResource(WebResources.ADMIN);
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", new PageText(i18n));
        context.put("restBase", request.getContextPath() + "/rest/ratecard/1.0");
        context.put("today", LocalDate.now(clock).toString());
        // offered only to who may run them: the ledger's jobs are the administrator's, its settings finance's
        context.put("mayRunJobs", access.currentUserIsAdmin());
        context.put("mayEditSettings", access.currentUserIsFinance());
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(page.get().template(), context, response.getWriter());
    }
}
