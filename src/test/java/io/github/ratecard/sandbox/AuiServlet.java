package io.github.ratecard.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Serves the files of one unpacked npm folder (AUI's dist, jQuery's dist), nothing outside it. */
final class AuiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css;charset=UTF-8", "js", "application/javascript;charset=UTF-8", "svg", "image/svg+xml",
            "woff", "font/woff", "woff2", "font/woff2", "ttf", "font/ttf", "eot", "application/vnd.ms-fontobject",
            "png", "image/png", "gif", "image/gif", "map", "application/json");

    private final transient Path folder;

    AuiServlet(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Path file = folder.resolve(path.replaceFirst("^/+", "")).normalize();
        String type = TYPES.get(path.substring(path.lastIndexOf('.') + 1));
        if (type == null || !file.startsWith(folder) || !Files.isRegularFile(file)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(type);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "max-age=3600");
        Files.copy(file, response.getOutputStream());
    }
}
