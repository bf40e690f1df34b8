package io.github.ratecard.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Plays the part of Jira's plugin manager (UPM) the smoke test reads:
 * {@code GET /rest/plugins/1.0/<plugin key>-key}, answered to Jira administrators from the app's
 * descriptor with every module enabled, unless a test disabled one.
 */
public final class PluginManagerStandIn extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient SandboxSession session;
    private final transient Descriptor descriptor = Descriptor.read();
    private final Set<String> disabled = ConcurrentHashMap.newKeySet();

    PluginManagerStandIn(SandboxSession session) {
        this.session = session;
    }

    /** The app's key and the keys of its modules, in the descriptor's order. */
    public record Descriptor(String pluginKey, List<String> moduleKeys) {

        public static Descriptor read() {
            try (InputStream in = PluginManagerStandIn.class.getResourceAsStream("/atlassian-plugin.xml")) {
                Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getDocumentElement();
                List<String> keys = new ArrayList<>();
                NodeList children = root.getChildNodes();
                for (int i = 0; i < children.getLength(); i++) {
                    if (children.item(i).getNodeType() == Node.ELEMENT_NODE && ((Element) children.item(i)).hasAttribute("key")) {
                        keys.add(((Element) children.item(i)).getAttribute("key"));
                    }
                }
                return new Descriptor(root.getAttribute("key"), List.copyOf(keys));
            } catch (Exception e) {
                throw new IllegalStateException("Cannot read the descriptor", e);
            }
        }
    }

    /** From now on the module is reported disabled, as UPM reports a module that failed to start. */
    public void disable(String moduleKey) {
        disabled.add(moduleKey);
    }

    public void enableAll() {
        disabled.clear();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (session.currentViewer().isEmpty()) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        if (!session.currentUserIsAdmin()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (!("/" + descriptor.pluginKey() + "-key").equals(request.getPathInfo())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        List<Map<String, Object>> modules = new ArrayList<>();
        for (String key : descriptor.moduleKeys()) {
            Map<String, Object> module = new LinkedHashMap<>();
            module.put("key", key);
            module.put("completeKey", descriptor.pluginKey() + ":" + key);
            module.put("enabled", !disabled.contains(key));
            modules.add(module);
        }
        Map<String, Object> plugin = new LinkedHashMap<>();
        plugin.put("key", descriptor.pluginKey());
        plugin.put("enabled", true);
        plugin.put("modules", modules);
        response.setContentType("application/vnd.atl.plugins.plugin+json;charset=UTF-8");
        JSON.writeValue(response.getWriter(), plugin);
    }
}
