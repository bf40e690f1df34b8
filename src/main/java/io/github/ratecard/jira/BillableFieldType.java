package io.github.ratecard.jira;

import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.TextFieldCharacterLengthValidator;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.sal.api.message.I18nResolver;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.billing.IssueFieldValues;
import io.github.ratecard.domain.IssueRef;
import io.github.ratecard.app.IssueBillingService;
import io.github.ratecard.web.BillingFieldView;
import java.util.Optional;

/** The Billable field: Billable, Non-billable, or empty (the account's category decides). */
public class BillableFieldType extends BillingTextFieldType {

    private final IssueBillingService billing;
    private final I18nResolver i18n;

    public BillableFieldType(CustomFieldValuePersister persister, GenericConfigManager configs, TextFieldCharacterLengthValidator lengths,
                             JiraAuthenticationContext authenticationContext, AccessPolicy access, I18nResolver i18n,
                             IssueBillingService billing) {
        super(persister, configs, lengths, authenticationContext, access);
        this.billing = billing;
        this.i18n = i18n;
    }

    @Override
    Optional<String> valueOf(String typed) {
        return IssueFieldValues.billable(typed);
    }

    @Override
    void checkChange(long projectId, String value, String current) {
        // either option suits every project
    }

    @Override
    void mirror(IssueRef issue, String value) {
        billing.mirrorBillable(issue, value);
    }

    @Override
    void forgetAll() {
        billing.forgetBillable();
    }

    @Override
    BillingFieldView view(CustomField field, Long projectId, String value, boolean editable) {
        return BillingFieldView.billable(field.getId(), field.getName(), value, i18n.getText("ratecard.field.billable.none"), projectId,
                editable);
    }
}
