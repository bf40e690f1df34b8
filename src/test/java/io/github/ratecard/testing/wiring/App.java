package io.github.ratecard.testing.wiring;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javax.inject.Inject;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.MethodParameter;

/** The app's beans, built from the plugin context by {@link AppWiring}. */
public final class App implements AutoCloseable {

    private final GenericApplicationContext context;
    private final Set<String> standIns;

    App(GenericApplicationContext context, Set<String> standIns) {
        this.context = context;
        this.standIns = Set.copyOf(standIns);
    }

    /** The one bean of this type. */
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public <T> T bean(String id, Class<T> type) {
        return context.getBean(id, type);
    }

    /** The ids of the app's beans: those the context file defines and the host's stand-ins, not the imported host services. */
    public List<String> beanIds() {
        ConfigurableListableBeanFactory factory = context.getBeanFactory();
        List<String> ids = new ArrayList<>();
        for (String id : factory.getBeanDefinitionNames()) {
            if (!HostReferences.Reference.class.getName().equals(factory.getBeanDefinition(id).getBeanClassName())) {
                ids.add(id);
            }
        }
        ids.addAll(standIns);
        return ids;
    }

    /**
     * Builds an object the way Jira's plugin system builds REST resources and servlets: through its
     * {@code @Inject} constructor (or its only public one), each argument the one bean of its type.
     */
    public <T> T build(Class<T> type) {
        Constructor<?> constructor = injected(type);
        Object[] arguments = new Object[constructor.getParameterCount()];
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = context.getBeanFactory().resolveDependency(new DependencyDescriptor(new MethodParameter(constructor, i), true), null);
        }
        try {
            return type.cast(constructor.newInstance(arguments));
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("Cannot build " + type.getName(), e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Cannot build " + type.getName(), e.getCause());
        }
    }

    private static Constructor<?> injected(Class<?> type) {
        List<Constructor<?>> marked = Arrays.stream(type.getConstructors()).filter(c -> c.isAnnotationPresent(Inject.class)).toList();
        if (marked.size() == 1) {
            return marked.get(0);
        }
        if (marked.isEmpty() && type.getConstructors().length == 1) {
            return type.getConstructors()[0];
        }
        throw new IllegalStateException(type.getName() + " needs one @Inject constructor or a single public one");
    }

    @Override
    public void close() {
        context.close();
    }
}
