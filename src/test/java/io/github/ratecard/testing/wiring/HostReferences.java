package io.github.ratecard.testing.wiring;

import org.springframework.beans.factory.FactoryBean;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanDefinitionHolder;
import org.springframework.beans.factory.config.RuntimeBeanReference;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.beans.factory.xml.NamespaceHandler;
import org.springframework.beans.factory.xml.ParserContext;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads the plugin context's {@code osgi:reference} elements outside Jira: each becomes a bean
 * supplied by the host's {@link HostServices}, created when a bean first needs it (so references
 * that only Jira's own field types use need no binding).
 */
final class HostReferences implements NamespaceHandler {

    static final String NAMESPACE = "http://www.eclipse.org/gemini/blueprint/schema/blueprint";

    @Override
    public void init() {
    }

    @Override
    public BeanDefinition parse(Element element, ParserContext parserContext) {
        if (!element.getLocalName().equals("reference")) {
            throw new IllegalStateException("The plugin context uses osgi:" + element.getLocalName() + ", which the test host cannot play");
        }
        String id = element.getAttribute("id");
        String type = element.getAttribute("interface");
        RootBeanDefinition reference = new RootBeanDefinition(Reference.class);
        reference.getConstructorArgumentValues().addIndexedArgumentValue(0, new RuntimeBeanReference(HostServices.BEAN));
        reference.getConstructorArgumentValues().addIndexedArgumentValue(1, id);
        reference.getConstructorArgumentValues().addIndexedArgumentValue(2, type);
        reference.setLazyInit(true);
        HostServices.typeOf(type).ifPresent(known -> reference.setAttribute(FactoryBean.OBJECT_TYPE_ATTRIBUTE, known));
        parserContext.getRegistry().registerBeanDefinition(id, reference);
        return null;
    }

    @Override
    public BeanDefinitionHolder decorate(Node source, BeanDefinitionHolder definition, ParserContext parserContext) {
        return definition;
    }

    /** One imported host service, as the host bound it. */
    static final class Reference implements FactoryBean<Object> {
        private final HostServices host;
        private final String id;
        private final String type;

        Reference(HostServices host, String id, String type) {
            this.host = host;
            this.id = id;
            this.type = type;
        }

        @Override
        public Object getObject() {
            return host.service(id, type);
        }

        @Override
        public Class<?> getObjectType() {
            return HostServices.typeOf(type).orElse(null);
        }
    }
}
