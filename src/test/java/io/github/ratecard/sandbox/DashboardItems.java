package io.github.ratecard.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The app's dashboard items and the web resources of Jira's dashboard context, as the packaged descriptor declares them. */
final class DashboardItems {

    static final String CONTEXT = "atl.dashboard";

    /** One {@code <dashboard-item>}: its key, the AMD module Jira instantiates, its title's i18n key, and whether it has a form. */
    record Item(String key, String amdModule, String titleKey, String descriptionKey, boolean configurable) {
    }

    private DashboardItems() {
    }

    static List<Item> items() {
        List<Item> items = new ArrayList<>();
        NodeList modules = descriptor().getElementsByTagName("dashboard-item");
        for (int i = 0; i < modules.getLength(); i++) {
            Element module = (Element) modules.item(i);
            items.add(new Item(module.getAttribute("key"), text(module, "amd-module"), keyOf(module, "title"), keyOf(module, "description"),
                    Boolean.parseBoolean(module.getAttribute("configurable"))));
        }
        return items;
    }

    /** The complete keys of the web resources in {@link #CONTEXT}, in descriptor order. */
    static List<String> contextResources(String pluginKey) {
        List<String> keys = new ArrayList<>();
        NodeList resources = descriptor().getElementsByTagName("web-resource");
        for (int i = 0; i < resources.getLength(); i++) {
            Element resource = (Element) resources.item(i);
            NodeList contexts = resource.getElementsByTagName("context");
            for (int c = 0; c < contexts.getLength(); c++) {
                if (CONTEXT.equals(contexts.item(c).getTextContent().trim())) {
                    keys.add(pluginKey + ":" + resource.getAttribute("key"));
                }
            }
        }
        return keys;
    }

    private static String text(Element parent, String tag) {
        NodeList found = parent.getElementsByTagName(tag);
        return found.getLength() == 0 ? "" : found.item(0).getTextContent().trim();
    }

    private static String keyOf(Element parent, String tag) {
        NodeList found = parent.getElementsByTagName(tag);
        return found.getLength() == 0 ? "" : ((Element) found.item(0)).getAttribute("key");
    }

    private static Document descriptor() {
        try (InputStream in = DashboardItems.class.getResourceAsStream("/atlassian-plugin.xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IllegalStateException("The packaged descriptor cannot be read", e);
        }
    }
}
