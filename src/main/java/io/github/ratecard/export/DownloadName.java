package io.github.ratecard.export;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * A download's file name: letters, digits, dot, dash and underscore only (anything else becomes an
 * underscore, at most 100 characters), and the {@code Content-Disposition} header that offers it
 * (RFC 6266: a plain {@code filename} and the UTF-8 {@code filename*}).
 */
public final class DownloadName {

    private static final int MAX = 100;

    private DownloadName() {
    }

    public static String sanitize(String name, String extension) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String safe = plain.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("_{2,}", "_").replaceAll("^[._]+", "");
        if (safe.isEmpty()) {
            safe = "export";
        }
        if (safe.length() > MAX) {
            safe = safe.substring(0, MAX);
        }
        return safe + "." + extension;
    }

    public static String contentDisposition(String fileName) {
        return "attachment; filename=\"" + fileName + "\"; filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
