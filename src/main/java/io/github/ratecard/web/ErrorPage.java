package io.github.ratecard.web;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The answer of a page a user may not see (403) or that does not exist (404): inside Jira's frame,
 * with a sentence that says what happened and a link back to Jira's start page — never the
 * container's bare error page.
 */
public class ErrorPage {

    static final String TEMPLATE = "templates/error/error-page.vm";

    private final TemplateRenderer renderer;
    private final I18nResolver i18n;

    public ErrorPage(TemplateRenderer renderer, I18nResolver i18n) {
        this.renderer = renderer;
        this.i18n = i18n;
    }

    public void forbidden(HttpServletRequest request, HttpServletResponse response) throws IOException {
        render(HttpServletResponse.SC_FORBIDDEN, request, response);
    }

    public void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        render(HttpServletResponse.SC_NOT_FOUND, request, response);
    }

    private void render(int status, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", new PageText(i18n));
        context.put("forbidden", status == HttpServletResponse.SC_FORBIDDEN);
        context.put("homeUrl", request.getContextPath() + "/");
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(TEMPLATE, context, response.getWriter());
    }
}
