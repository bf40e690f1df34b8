package io.github.ratecard.jira;

import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.TextFieldCharacterLengthValidator;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.sal.api.message.I18nResolver;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.billing.AccountStore;
import io.github.ratecard.billing.ClientAccount;
import io.github.ratecard.billing.IssueFieldValues;
import io.github.ratecard.domain.IssueRef;
import io.github.ratecard.app.IssueBillingService;
import io.github.ratecard.web.BillingFieldView;
import io.github.ratecard.web.FieldOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The Account field: which client an issue's work bills to, an open account linked to the issue's project. */
public class AccountFieldType extends BillingTextFieldType {

    private final IssueBillingService billing;
    private final AccountStore accounts;
    private final I18nResolver i18n;

    public AccountFieldType(CustomFieldValuePersister persister, GenericConfigManager configs, TextFieldCharacterLengthValidator lengths,
                            JiraAuthenticationContext authenticationContext, AccessPolicy access, I18nResolver i18n,
                            IssueBillingService billing, AccountStore accounts) {
        super(persister, configs, lengths, authenticationContext, access);
        this.billing = billing;
        this.accounts = accounts;
        this.i18n = i18n;
    }

    @Override
    Optional<String> valueOf(String typed) {
        return IssueFieldValues.account(typed, accounts::account);
    }

    @Override
    void checkChange(long projectId, String value, String current) {
        billing.checkAccountChange(projectId, "the issue's project", value, current);
    }

    @Override
    void mirror(IssueRef issue, String value) {
        billing.mirrorAccount(issue, value);
    }

    @Override
    void forgetAll() {
        billing.forgetAccounts();
    }

    @Override
    List<FieldOption> impactTexts() {
        List<FieldOption> texts = new ArrayList<>();
        for (String name : List.of("heading", "checking")) {
            texts.add(new FieldOption("impact-" + name, i18n.getText("ratecard.impact.field." + name), false));
        }
        for (String name : List.of("repriced", "losing", "gaining", "none", "bill", "cost")) {
            texts.add(new FieldOption("impact-" + name, i18n.getText("ratecard.impact." + name), false));
        }
        return texts;
    }

    @Override
    BillingFieldView view(CustomField field, Long projectId, String value, boolean editable) {
        List<ClientAccount> options = projectId == null ? List.of() : billing.accountOptions(projectId);
        return BillingFieldView.account(field.getId(), field.getName(), value, options, accounts::account,
                i18n.getText("ratecard.field.account.none"), projectId, editable);
    }
}
