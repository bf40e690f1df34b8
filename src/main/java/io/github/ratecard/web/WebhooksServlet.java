package io.github.ratecard.web;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.webhook.DeliveryStatus;
import io.github.ratecard.webhook.WebhookEvent;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * {@code /plugins/servlet/ratecard/webhooks}: finance's webhook endpoints and the delivery log, filtered by
 * {@code endpoint=} (an id), {@code status=} and {@code event=}, with a re-send button for each delivered or failed
 * delivery (through REST). Ratecard finance only.
 */
public class WebhooksServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/webhook/webhooks.vm";

    private final transient PageGuard guard;
    private final transient WebhooksPage page;
    private final transient TemplateRenderer renderer;
    private final transient PageBuilderService pageBuilder;
    private final transient I18nResolver i18n;

    public WebhooksServlet(PageGuard guard, WebhooksPage page, TemplateRenderer renderer, PageBuilderService pageBuilder, I18nResolver i18n) {
        this.guard = guard;
        this.page = page;
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.i18n = i18n;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!guard.admitFinance(request, response)) {
            return;
        }
        WebhooksView view;
        try {
            view = page.viewOf(endpoint(given(request, "endpoint")), status(given(request, "status")), event(given(request, "event")));
        } catch (InvalidInputException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "endpoint is an endpoint's id; status pending, sending, delivered or failed;"
                    + " event one of the events' names");
            return;
        }
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", new PageText(i18n));
        context.put("view", view);
        context.put("pageUrl", request.getContextPath() + request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo()));
        pageBuilder.assembler().resources().requireWebResource(WebResources.RATECARD);
        pageBuilder.assembler().resources().requireWebResource(WebResources.WEBHOOKS);
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(TEMPLATE, context, response.getWriter());
    }

    private static Long endpoint(String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("endpoint", "endpoint is a number");
        }
    }

    private static Optional<DeliveryStatus> status(String value) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(DeliveryStatus.valueOf(value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "unknown status");
        }
    }

    private static Optional<WebhookEvent> event(String value) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(WebhookEvent.named(value).orElseThrow(() -> new InvalidInputException("event", "unknown event")));
    }

    private static String given(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value.trim();
    }
}
