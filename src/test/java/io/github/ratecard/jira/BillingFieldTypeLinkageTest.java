package io.github.ratecard.jira;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.packaging.linkage.HostLinkage;
import io.github.ratecard.packaging.linkage.HostMember;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.Test;

/**
 * The Account and Billable field types read an issue's value through the method Jira's text field
 * type really has: {@code getValueFromIssue} is declared by {@code AbstractSingleFieldType<T>} and
 * erases to {@code Object}. A call compiled against a {@code String}-returning redeclaration links
 * to nothing in Jira and fails with {@code NoSuchMethodError} the first time a field is drawn.
 */
public class BillingFieldTypeLinkageTest {

    private static final String READ_VALUE = "invokevirtual com.atlassian.jira.issue.customfields.impl.GenericTextCFType#getValueFromIssue("
            + "com.atlassian.jira.issue.fields.CustomField,com.atlassian.jira.issue.Issue):";

    @Test
    public void fieldTypes_shouldReadTheIssuesValueThroughTheErasedObjectSignatureJiraHas() throws IOException {
        Set<String> required = requirementsOf(BillingTextFieldType.class, AccountFieldType.class, BillableFieldType.class);

        assertTrue(required.toString(), required.contains(READ_VALUE + "java.lang.Object"));
        assertFalse(required.contains(READ_VALUE + "java.lang.String"));
    }

    private static Set<String> requirementsOf(Class<?>... classes) throws IOException {
        Map<String, byte[]> classFiles = new HashMap<>();
        for (Class<?> type : classes) {
            String name = type.getName().replace('.', '/');
            try (InputStream in = type.getClassLoader().getResourceAsStream(name + ".class")) {
                classFiles.put(name, in.readAllBytes());
            }
        }
        return new HostLinkage(classFiles, "io/github/ratecard/", BillingFieldTypeLinkageTest.class.getClassLoader())
                .requirements(Map.of()).keySet().stream().map(HostMember::toString).collect(Collectors.toSet());
    }
}
