package io.github.ratecard.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.customfields.impl.GenericTextCFType;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.view.CustomFieldParams;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.TextFieldCharacterLengthValidator;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.util.ErrorCollection;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.IssueRef;
import io.github.ratecard.web.BillingFieldView;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A Ratecard billing field as a Jira text field: Jira stores, indexes and searches the value;
 * Ratecard checks what is typed (at the field), lets only users with Manage budgets (or finance)
 * change it on the edit screen, and takes every stored value over into pricing, re-pricing the
 * issue's work. The edit screen sends the issue's project and the value it showed along with the
 * field (sub-keys {@code :project} and {@code :current}), so a change is checked against the project.
 */
abstract class BillingTextFieldType extends GenericTextCFType {

    static final String VIEW = "ratecardField";
    static final String PROJECT = "project";
    static final String CURRENT = "current";

    private final AccessPolicy access;
    private final FieldEditRule editRule;

    BillingTextFieldType(CustomFieldValuePersister persister, GenericConfigManager configs, TextFieldCharacterLengthValidator lengths,
                         JiraAuthenticationContext authenticationContext, AccessPolicy access) {
        super(persister, configs, lengths, authenticationContext);
        this.access = access;
        this.editRule = new FieldEditRule(access);
    }

    /** The value to store for what a user typed; empty for the empty field. Throws {@link InvalidInputException}. */
    abstract Optional<String> valueOf(String typed);

    /** Checks a changed value against the issue's project. Throws {@link InvalidInputException}. */
    abstract void checkChange(long projectId, String value, String current);

    /** Takes a value Jira stored (null: the field was emptied) over into pricing. */
    abstract void mirror(IssueRef issue, String value);

    /** Forgets every issue's value of this field in pricing. */
    abstract void forgetAll();

    /** The words the edit control uses to tell what a changed value would do; none: it does not tell. */
    List<io.github.ratecard.web.FieldOption> impactTexts() {
        return List.of();
    }

    /** The templates' view of the field on this issue. */
    abstract BillingFieldView view(CustomField field, Long projectId, String value, boolean editable);

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
    public void validateFromParams(CustomFieldParams params, ErrorCollection errors, FieldConfig config) {
        super.validateFromParams(params, errors, config);
        editRule.refusal(config.getCustomField().getName(), text(params.getFirstValueForNullKey()), text(params.getFirstValueForKey(CURRENT)),
                        text(params.getFirstValueForKey(PROJECT)), this::valueOf, this::checkChange)
                .ifPresent(message -> errors.addError(config.getCustomField().getId(), message));
    }

    /** Jira removes the field: Ratecard forgets its values and re-prices the issues that had one. */
    @Override
    public Set<Long> remove(CustomField field) {
        Set<Long> affected = super.remove(field);
        forgetAll();
        return affected;
    }

    @Override
    public void createValue(CustomField field, Issue issue, String value) {
        super.createValue(field, issue, value);
        mirror(ref(issue), value);
    }

    @Override
    public void updateValue(CustomField field, Issue issue, String value) {
        super.updateValue(field, issue, value);
        mirror(ref(issue), value);
    }

    @Override
    public Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem) {
        Map<String, Object> parameters = new HashMap<>(super.getVelocityParameters(issue, field, fieldLayoutItem));
        Long projectId = issue == null || issue.getProjectObject() == null ? null : issue.getProjectObject().getId();
        String value = issue == null || issue.getId() == null ? null : getValueFromIssue(field, issue);
        BillingFieldView view = view(field, projectId, value, projectId != null && access.mayManageBudgets(projectId));
        if (issue != null && issue.getId() != null && !impactTexts().isEmpty()) {
            view = view.withImpact(issue.getKey(), impactTexts());
        }
        parameters.put(VIEW, view);
        return parameters;
    }

    static IssueRef ref(Issue issue) {
        return new IssueRef(issue.getId(), issue.getKey(), issue.getProjectObject().getId());
    }

    private static String text(Object submitted) {
        return submitted == null ? null : submitted.toString();
    }
}
