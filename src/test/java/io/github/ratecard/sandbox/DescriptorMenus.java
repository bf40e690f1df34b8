package io.github.ratecard.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The app's menus in Jira's top navigation bar, as its descriptor declares them: each web-item of section
 * {@code system.top.navigation.bar}, and the web-items of the web-sections located at that item's link id (the
 * drop-down Jira draws under it). A condition other than being signed in is not played: such items are left out.
 */
final class DescriptorMenus {

    static final String TOP_BAR = "system.top.navigation.bar";

    private static final Pattern ITEM = Pattern.compile("<web-item\\s[^>]*section=\"([^\"]+)\"[^>]*>(.*?)</web-item>", Pattern.DOTALL);
    private static final Pattern LABEL = Pattern.compile("<label key=\"([^\"]+)\"");
    private static final Pattern LINK = Pattern.compile("<link linkId=\"([^\"]+)\">([^<]+)</link>");
    private static final Pattern CONDITION = Pattern.compile("<condition class=\"([^\"]+)\"");
    private static final Pattern SECTION = Pattern.compile("<web-section\\s[^>]*key=\"([^\"]+)\"[^>]*location=\"([^\"]+)\"");
    private static final String SIGNED_IN = "io.github.ratecard.web.SignedInCondition";

    /** One link: its id (the descriptor's linkId), the i18n key of its label, and where it goes. */
    record Link(String id, String labelKey, String href, boolean signedInOnly) {
    }

    /** A top-bar item and its drop-down's links, in the descriptor's order. */
    record Menu(Link link, List<Link> items) {
    }

    private DescriptorMenus() {
    }

    static List<Menu> read() {
        String descriptor = descriptor();
        List<String[]> sections = new ArrayList<>();
        Matcher section = SECTION.matcher(descriptor);
        while (section.find()) {
            sections.add(new String[] {section.group(1), section.group(2)});
        }
        List<Menu> menus = new ArrayList<>();
        for (Link top : links(descriptor, TOP_BAR)) {
            List<Link> items = new ArrayList<>();
            for (String[] s : sections) {
                if (s[1].equals(top.id())) {
                    items.addAll(links(descriptor, top.id() + "/" + s[0]));
                }
            }
            menus.add(new Menu(top, items));
        }
        return menus;
    }

    private static List<Link> links(String descriptor, String section) {
        List<Link> links = new ArrayList<>();
        Matcher item = ITEM.matcher(descriptor);
        while (item.find()) {
            if (!item.group(1).equals(section)) {
                continue;
            }
            String body = item.group(2);
            Matcher label = LABEL.matcher(body);
            Matcher link = LINK.matcher(body);
            Matcher condition = CONDITION.matcher(body);
            boolean conditioned = condition.find();
            if (!label.find() || !link.find() || conditioned && !condition.group(1).equals(SIGNED_IN)) {
                continue;
            }
            links.add(new Link(link.group(1), label.group(1), link.group(2).trim(), conditioned));
        }
        return links;
    }

    private static String descriptor() {
        try (InputStream in = DescriptorMenus.class.getResourceAsStream("/atlassian-plugin.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the descriptor", e);
        }
    }
}
