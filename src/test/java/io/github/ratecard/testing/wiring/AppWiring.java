package io.github.ratecard.testing.wiring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.ConstructorArgumentValues;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.xml.DefaultNamespaceHandlerResolver;
import org.springframework.beans.factory.xml.NamespaceHandlerResolver;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.ClassPathResource;

/**
 * Builds the app from the Spring context Jira builds it from ({@value #CONTEXT}), for a host
 * that is not Jira: the sandbox, the test kits, the benchmark. The host binds a service to each
 * {@code osgi:reference} its beans need, and may put a stand-in in place of a bean by its id
 * (the adapters onto Jira, chiefly). Everything else, and every bean added for Jira later, comes
 * from the context file as it is.
 */
public final class AppWiring {

    static final String CONTEXT = "META-INF/spring/plugin-context.xml";

    private final HostServices host = new HostServices();
    private final Map<String, Object> standIns = new LinkedHashMap<>();
    private final List<String> removed = new ArrayList<>();
    private final Map<String, Map<Integer, Object>> arguments = new LinkedHashMap<>();
    private final Map<String, UnaryOperator<Object>> decorators = new LinkedHashMap<>();
    private boolean lazy;

    public static AppWiring fromPluginContext() {
        return new AppWiring();
    }

    /** Binds the service Jira would offer to the context's {@code <osgi:reference id="…">}. */
    public AppWiring hostService(String referenceId, Object service) {
        host.bind(referenceId, service);
        return this;
    }

    /** Puts {@code standIn} in place of the context's bean {@code beanId}. */
    public AppWiring standIn(String beanId, Object standIn) {
        standIns.put(beanId, standIn);
        return this;
    }

    /** Leaves out a bean that only serves beans the host has replaced. */
    public AppWiring without(String beanId) {
        removed.add(beanId);
        return this;
    }

    /** Gives a bean's constructor argument (counted from 0, as written in the context) another value. */
    public AppWiring argument(String beanId, int index, Object value) {
        arguments.computeIfAbsent(beanId, id -> new LinkedHashMap<>()).put(index, value);
        return this;
    }

    /** Wraps a bean once it is built, e.g. to make a store fail on cue. */
    public AppWiring decorate(String beanId, UnaryOperator<Object> decorator) {
        decorators.put(beanId, decorator);
        return this;
    }

    /** Builds each bean when it is first asked for, not all at start as Jira does: for kits that use a part of the app. */
    public AppWiring lazily() {
        lazy = true;
        return this;
    }

    public App start() {
        GenericApplicationContext context = new GenericApplicationContext();
        DefaultListableBeanFactory factory = context.getDefaultListableBeanFactory();
        XmlBeanDefinitionReader reader = new XmlBeanDefinitionReader(context);
        reader.setValidationMode(XmlBeanDefinitionReader.VALIDATION_NONE);
        reader.setNamespaceAware(true);
        reader.setNamespaceHandlerResolver(withHostReferences(new DefaultNamespaceHandlerResolver(getClass().getClassLoader())));
        reader.loadBeanDefinitions(new ClassPathResource(CONTEXT));
        factory.registerSingleton(HostServices.BEAN, host);
        removed.forEach(id -> factory.removeBeanDefinition(existing(factory, id)));
        standIns.forEach((id, standIn) -> {
            factory.removeBeanDefinition(existing(factory, id));
            factory.registerSingleton(id, standIn);
        });
        arguments.forEach((id, values) -> values.forEach((index, value) -> argumentOf(factory.getBeanDefinition(existing(factory, id)), index)
                .setValue(value)));
        if (lazy) {
            for (String name : factory.getBeanDefinitionNames()) {
                factory.getBeanDefinition(name).setLazyInit(true);
            }
        }
        decorators.keySet().forEach(id -> existing(factory, id));
        factory.addBeanPostProcessor(new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                UnaryOperator<Object> decorator = decorators.get(name);
                return decorator == null ? bean : decorator.apply(bean);
            }
        });
        context.refresh();
        return new App(context, standIns.keySet());
    }

    private static String existing(DefaultListableBeanFactory factory, String id) {
        if (!factory.containsBeanDefinition(id)) {
            throw new IllegalArgumentException(CONTEXT + " has no bean " + id + " to replace");
        }
        return id;
    }

    private static ConstructorArgumentValues.ValueHolder argumentOf(BeanDefinition bean, int index) {
        List<ConstructorArgumentValues.ValueHolder> written = bean.getConstructorArgumentValues().getGenericArgumentValues();
        if (index >= written.size()) {
            throw new IllegalArgumentException(bean.getBeanClassName() + " has no constructor argument " + index + " in " + CONTEXT);
        }
        return written.get(index);
    }

    private static NamespaceHandlerResolver withHostReferences(NamespaceHandlerResolver spring) {
        HostReferences references = new HostReferences();
        return namespace -> HostReferences.NAMESPACE.equals(namespace) ? references : spring.resolve(namespace);
    }
}
