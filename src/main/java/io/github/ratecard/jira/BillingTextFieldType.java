package io.github.ratecard.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.customfields.impl.GenericTextCFType;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.TextFieldCharacterLengthValidator;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import com.atlassian.jira.security.JiraAuthenticationContext;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.IssueRef;
import io.github.ratecard.web.BillingFieldView;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A Ratecard billing field as a Jira text field: Jira stores, indexes and searches the value;
 * Ratecard checks what is typed, mirrors every stored value into its pricing (re-pricing the
 * issue's work) and gives the templates an escaped view. A refused value is a field error.
 */
abstract class BillingTextFieldType extends GenericTextCFType {

    static final String VIEW = "ratecardField";

    BillingTextFieldType(CustomFieldValuePersister persister, GenericConfigManager configs, TextFieldCharacterLengthValidator lengths,
                         JiraAuthenticationContext authenticationContext) {
        super(persister, configs, lengths, authenticationContext);
    }

    /** The value to store for what a user typed; empty for the empty field. Throws {@link InvalidInputException}. */
    abstract Optional<String> valueOf(String typed);

    /** Mirrors a stored value (null: the field was emptied) into pricing. Throws {@link InvalidInputException}. */
    abstract void mirror(IssueRef issue, String value);

    /** The templates' view of the field on this issue (null when a new issue has no project yet). */
    abstract BillingFieldView view(CustomField field, Issue issue, String value);

    @Override
    public String getSingularObjectFromString(String typed) {
        try {
            return valueOf(typed).orElse(null);
        } catch (InvalidInputException refused) {
            throw new FieldValidationException(refused.getMessage());
        }
    }

    /** A stored value is read back as it is: an account closed since must not make its issues unreadable. */
    @Override
    protected String getObjectFromDbValue(Object databaseValue) {
        return databaseValue == null ? null : databaseValue.toString();
    }

    @Override
    public void createValue(CustomField field, Issue issue, String value) {
        mirrorOrRefuse(issue, value);
        super.createValue(field, issue, value);
    }

    @Override
    public void updateValue(CustomField field, Issue issue, String value) {
        mirrorOrRefuse(issue, value);
        super.updateValue(field, issue, value);
    }

    @Override
    public Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem) {
        Map<String, Object> parameters = new HashMap<>(super.getVelocityParameters(issue, field, fieldLayoutItem));
        String value = issue == null || issue.getId() == null ? null : getValueFromIssue(field, issue);
        parameters.put(VIEW, view(field, issue, value));
        return parameters;
    }

    static IssueRef ref(Issue issue) {
        return new IssueRef(issue.getId(), issue.getKey(), issue.getProjectObject().getId());
    }

    private void mirrorOrRefuse(Issue issue, String value) {
        try {
            mirror(ref(issue), value);
        } catch (InvalidInputException refused) {
            throw new FieldValidationException(refused.getMessage());
        }
    }
}
