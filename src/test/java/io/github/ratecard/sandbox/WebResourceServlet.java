package io.github.ratecard.sandbox;

import io.github.ratecard.web.WebResources;
import java.io.IOException;
import java.io.InputStream;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Serves the app's web resources (src/main/resources/static) under Jira's download URL. */
final class WebResourceServlet extends HttpServlet {

    static final String PREFIX = "/download/resources/" + WebResources.RATECARD + "/";

    /** The download URLs of a web-resource module's files, as the descriptor lists them. */
    static java.util.List<String> files(String moduleKey) {
        java.util.List<String> urls = new java.util.ArrayList<>();
        String descriptor;
        try (InputStream in = WebResourceServlet.class.getResourceAsStream("/atlassian-plugin.xml")) {
            descriptor = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String moduleName = moduleKey.substring(moduleKey.indexOf(':') + 1);
        java.util.regex.Matcher module = java.util.regex.Pattern.compile(
                "<web-resource key=\"" + java.util.regex.Pattern.quote(moduleName) + "\".*?</web-resource>", java.util.regex.Pattern.DOTALL)
                .matcher(descriptor);
        if (module.find()) {
            java.util.regex.Matcher resource = java.util.regex.Pattern.compile("<resource type=\"download\" name=\"([^\"]+)\"")
                    .matcher(module.group());
            while (resource.find()) {
                urls.add("/download/resources/" + moduleKey + "/" + resource.group(1));
            }
        }
        return urls;
    }
    private static final long serialVersionUID = 1L;

    private final String classpathFolder;

    WebResourceServlet(String classpathFolder) {
        this.classpathFolder = classpathFolder;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (!name.matches("[a-z0-9][a-z0-9._-]*\\.(css|js|svg)")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(classpathFolder + "/" + name)) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType(name.endsWith(".css") ? "text/css;charset=UTF-8"
                    : name.endsWith(".js") ? "application/javascript;charset=UTF-8" : "image/svg+xml");
            response.setHeader("X-Content-Type-Options", "nosniff");
            in.transferTo(response.getOutputStream());
        }
    }
}
