package io.github.ratecard.sandbox;

import javax.servlet.http.HttpServlet;
import org.eclipse.jetty.util.Jetty;
import org.glassfish.jersey.internal.Version;

/**
 * Which of the app's two flavours the sandbox serves, told by the servlet API its classes are linked against: javax on
 * the Jira 10.3 flavour, jakarta once the build has moved the sandbox and the app to the Jira 11 flavour.
 */
public final class SandboxPlatform {

    private SandboxPlatform() {
    }

    public static boolean isJakarta() {
        return HttpServlet.class.getPackageName().startsWith("jakarta.");
    }

    /** For the ready line, e.g. "Jira 11 flavour (Jakarta), Jersey 3.1.12 on Jetty 12.1.14". */
    public static String describe() {
        return (isJakarta() ? "Jira 11 flavour (Jakarta)" : "Jira 10.3 flavour (javax)")
                + ", Jersey " + Version.getVersion() + " on Jetty " + Jetty.VERSION;
    }
}
