package io.github.ratecard.testing.velocity;

import com.atlassian.templaterenderer.TemplateRenderer;
import io.github.ratecard.web.HtmlText;
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
 * Jira's template renderer, played by a real Velocity 1.6 engine: Jira renders plugin templates
 * with its fork of Velocity 1.6.4, so there is no {@code $foreach} and the loop counter is
 * {@code $velocityCount}, from 1. Templates load from the class path; an undefined reference
 * fails; every reference is HTML-escaped the way Jira's renderer does it (a value is printed raw
 * only when the reference's name, variable or method, ends in "html"); and templates may call
 * only the methods Jira 10's Velocity allowlist lets them ({@link AllowlistUberspector}).
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
        // Velocity 1.6.4's own defaults, spelled out because the templates count on them.
        properties.setProperty(RuntimeConstants.COUNTER_NAME, "velocityCount");
        properties.setProperty(RuntimeConstants.COUNTER_INITIAL_VALUE, "1");
        try {
            engine.init(properties);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the Velocity engine", e);
        }
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) throws IOException {
        VelocityContext velocityContext = new VelocityContext(new java.util.HashMap<>(context));
        EventCartridge cartridge = new EventCartridge();
        cartridge.addEventHandler(new HtmlEscaping());
        cartridge.attachToContext(velocityContext);
        template(templateName).merge(velocityContext, writer);
        writer.flush();
    }

    private Template template(String name) throws IOException {
        try {
            return engine.getTemplate(name, "UTF-8");
        } catch (RuntimeException | IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("Cannot load the template " + name, e);
        }
    }

    /** Escapes every inserted value unless the reference names it HTML. */
    static final class HtmlEscaping implements ReferenceInsertionEventHandler {

        @Override
        public Object referenceInsert(String reference, Object value) {
            if (value == null || isHtmlReference(reference)) {
                return value;
            }
            return HtmlText.escape(value.toString());
        }

        static boolean isHtmlReference(String reference) {
            String name = reference.replaceAll("[$!{}]", "").replaceAll("\\(.*\\)$", "");
            String last = name.substring(name.lastIndexOf('.') + 1);
            return last.toLowerCase(Locale.ROOT).endsWith("html");
        }
    }
}
