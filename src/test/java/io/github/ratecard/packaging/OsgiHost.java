package io.github.ratecard.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.felix.framework.FrameworkFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;

/**
 * An embedded Apache Felix set up like Jira's plugin framework as far as a plugin can tell: the system
 * bundle exports the host packages (their classes come from this test's class path) and the JDK, and
 * nothing else reaches a bundle unless it imports it.
 */
final class OsgiHost implements AutoCloseable {

    private final Framework framework;

    private OsgiHost(Framework framework) {
        this.framework = framework;
    }

    static OsgiHost start(Path storage, HostPackages host) throws BundleException {
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toAbsolutePath().toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, host.exportHeader());
        // JDK internals only; without the implicit rule a class the test's class path has but the
        // bundle does not import stays out of reach, as in Jira
        config.put(Constants.FRAMEWORK_BOOTDELEGATION, "sun.*,com.sun.*");
        config.put("felix.bootdelegation.implicit", "false");
        config.put("felix.log.level", "1");
        Framework framework = new FrameworkFactory().newFramework(config);
        framework.init();
        framework.start();
        return new OsgiHost(framework);
    }

    Bundle install(Path jar) throws BundleException, IOException {
        try (InputStream in = Files.newInputStream(jar)) {
            return framework.getBundleContext().installBundle(jar.toUri().toString(), in);
        }
    }

    Bundle systemBundle() {
        return framework;
    }

    @Override
    public void close() throws Exception {
        framework.stop();
        framework.waitForStop(10_000);
    }
}
