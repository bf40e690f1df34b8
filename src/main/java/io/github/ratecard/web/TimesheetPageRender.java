package io.github.ratecard.web;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.github.ratecard.approval.Cadence;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** What the three timesheet pages share: reading their query and drawing a template with their scripts. */
final class TimesheetPageRender {

    private final TemplateRenderer renderer;
    private final PageBuilderService pageBuilder;
    private final I18nResolver i18n;

    TimesheetPageRender(TemplateRenderer renderer, PageBuilderService pageBuilder, I18nResolver i18n) {
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.i18n = i18n;
    }

    void render(String template, Object view, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", new PageText(i18n));
        context.put("view", view);
        context.put("pageUrl", request.getContextPath() + request.getServletPath());
        context.put("contextPath", request.getContextPath());
        context.put("servletBase", request.getContextPath() + "/plugins/servlet/ratecard");
        pageBuilder.assembler().resources().requireWebResource(WebResources.RATECARD);
        pageBuilder.assembler().resources().requireWebResource(WebResources.TIMESHEETS);
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(template, context, response.getWriter());
    }

    static void badRequest(HttpServletResponse response, String message) throws IOException {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST, message);
    }

    static String given(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value.trim();
    }

    /** WEEK or MONTH, or null when not given; IllegalArgumentException otherwise. */
    static Cadence cadence(HttpServletRequest request) {
        String value = given(request, "cadence");
        return value.isEmpty() ? null : Cadence.valueOf(value.toUpperCase(Locale.ROOT));
    }

    /** A day (yyyy-mm-dd), or null when not given; IllegalArgumentException otherwise. */
    static LocalDate day(HttpServletRequest request) {
        String value = given(request, "day");
        try {
            return value.isEmpty() ? null : io.github.ratecard.domain.BusinessDates.require(LocalDate.parse(value), "day");
        } catch (java.time.format.DateTimeParseException | io.github.ratecard.domain.InvalidInputException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** A month (yyyy-mm) of {@code name}, or null when not given; IllegalArgumentException otherwise. */
    static YearMonth month(HttpServletRequest request, String name) {
        String value = given(request, name);
        try {
            YearMonth month = value.isEmpty() ? null : YearMonth.parse(value);
            if (month != null) {
                io.github.ratecard.domain.BusinessDates.require(month.atDay(1), name);
            }
            return month;
        } catch (java.time.format.DateTimeParseException | io.github.ratecard.domain.InvalidInputException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
