package io.github.ratecard.sandbox;

import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.runtime.RuntimeConstants;

/**
 * Jira's template renderer, played by a real Velocity 1.7 engine that loads templates from the
 * class path, HTML-escapes every reference the way Jira's renderer does (a value is printed
 * raw only when the reference's name, variable or method, ends in "html"), and lets templates
 * call only the methods the descriptor's Velocity allowlist names, as Jira 10 does.
 */
public final class VelocityTemplateRenderer implements TemplateRenderer {

    private final VelocityEngine engine = new VelocityEngine();

    public VelocityTemplateRenderer() {
        Properties properties = new Properties();
        properties.setProperty(RuntimeConstants.RESOURCE_LOADER, "classpath");
        properties.setProperty("classpath.resource.loader.class", "org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader");
        properties.setProperty("classpath.resource.loader.cache", "true");
        properties.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        properties.setProperty(RuntimeConstants.OUTPUT_ENCODING, "UTF-8");
        properties.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        properties.setProperty(RuntimeConstants.RUNTIME_LOG_LOGSYSTEM_CLASS, "org.apache.velocity.runtime.log.NullLogChute");
        properties.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, AllowlistUberspector.class.getName());
        engine.init(properties);
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) throws IOException {
        VelocityContext velocityContext = new VelocityContext(new java.util.HashMap<>(context));
        EventCartridge cartridge = new EventCartridge();
        cartridge.addEventHandler(new HtmlEscaping());
        cartridge.attachToContext(velocityContext);
        Template template = engine.getTemplate(templateName, "UTF-8");
        template.merge(velocityContext, writer);
        writer.flush();
    }

    /** Escapes every inserted value unless the reference names it HTML. */
    static final class HtmlEscaping implements ReferenceInsertionEventHandler {

        @Override
        public Object referenceInsert(String reference, Object value) {
            if (value == null || isHtmlReference(reference)) {
                return value;
            }
            return Html.escape(value.toString());
        }

        static boolean isHtmlReference(String reference) {
            String name = reference.replaceAll("[$!{}]", "").replaceAll("\\(.*\\)$", "");
            String last = name.substring(name.lastIndexOf('.') + 1);
            return last.toLowerCase(Locale.ROOT).endsWith("html");
        }
    }
}
