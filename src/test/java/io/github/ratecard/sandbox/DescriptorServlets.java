package io.github.ratecard.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The servlet modules of the app's descriptor: class name → URL pattern under /plugins/servlet. */
final class DescriptorServlets {

    private static final Pattern SERVLET = Pattern.compile(
            "<servlet\\s[^>]*class=\"([^\"]+)\"[^>]*>.*?<url-pattern>([^<]+)</url-pattern>", Pattern.DOTALL);

    private DescriptorServlets() {
    }

    static Map<String, String> read() {
        try (InputStream in = DescriptorServlets.class.getResourceAsStream("/atlassian-plugin.xml")) {
            String descriptor = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> servlets = new LinkedHashMap<>();
            Matcher matcher = SERVLET.matcher(descriptor);
            while (matcher.find()) {
                servlets.put(matcher.group(1), "/plugins/servlet" + matcher.group(2).trim());
            }
            return servlets;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the descriptor", e);
        }
    }
}
