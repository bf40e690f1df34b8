package io.github.ratecard.sandbox;

import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;

/**
 * Jira's page decorator, in small: a plugin page that asks for a decorator
 * ({@code <meta name="decorator">}) is shown inside the sandbox's page shell.
 */
final class DecoratorFilter implements Filter {

    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);
    private static final Pattern BODY = Pattern.compile("<body[^>]*>(.*)</body>", Pattern.DOTALL);

    private final PageShell shell;

    DecoratorFilter(PageShell shell) {
        this.shell = shell;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletResponse http = (HttpServletResponse) response;
        Buffer buffer = new Buffer(http);
        chain.doFilter(request, buffer);
        String page = buffer.text();
        if (http.isCommitted() || !page.contains("<meta name=\"decorator\"")) {
            if (!http.isCommitted()) {
                http.getWriter().write(page);
            }
            return;
        }
        Matcher title = TITLE.matcher(page);
        Matcher body = BODY.matcher(page);
        // The title arrives already escaped by the page's own template.
        String titleText = title.find() ? Html.unescape(title.group(1).trim()) : "";
        http.setContentType("text/html;charset=UTF-8");
        shell.render(titleText, body.find() ? body.group(1) : page, ((HttpServletRequest) request).getRequestURI(), http.getWriter());
    }

    private static final class Buffer extends HttpServletResponseWrapper {
        private final CharArrayWriter chars = new CharArrayWriter();
        private final PrintWriter writer = new PrintWriter(chars);

        Buffer(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() {
            return writer;
        }

        String text() {
            writer.flush();
            return chars.toString();
        }
    }
}
