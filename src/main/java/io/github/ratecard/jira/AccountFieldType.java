package io.github.ratecard.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.TextFieldCharacterLengthValidator;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.sal.api.message.I18nResolver;
import io.github.ratecard.billing.AccountStore;
import io.github.ratecard.billing.ClientAccount;
import io.github.ratecard.billing.IssueFieldValues;
import io.github.ratecard.domain.IssueRef;
import io.github.ratecard.ledger.IssueBillingService;
import io.github.ratecard.web.BillingFieldView;
import java.util.List;
import java.util.Optional;

/** The Account field: which client an issue's work bills to, an open account linked to the issue's project. */
public class AccountFieldType extends BillingTextFieldType {

    private final IssueBillingService billing;
    private final I18nResolver i18n;
    private final AccountStore accounts;

    public AccountFieldType(CustomFieldValuePersister persister, GenericConfigManager configs, TextFieldCharacterLengthValidator lengths,
                            JiraAuthenticationContext authenticationContext, I18nResolver i18n, IssueBillingService billing, AccountStore accounts) {
        super(persister, configs, lengths, authenticationContext);
        this.billing = billing;
        this.i18n = i18n;
        this.accounts = accounts;
    }

    @Override
    Optional<String> valueOf(String typed) {
        return IssueFieldValues.account(typed, accounts::account);
    }

    @Override
    void mirror(IssueRef issue, String value) {
        billing.setAccount(issue, value);
    }

    @Override
    BillingFieldView view(CustomField field, Issue issue, String value) {
        List<ClientAccount> options = issue == null || issue.getProjectObject() == null ? List.of()
                : billing.accountOptions(issue.getProjectObject().getId());
        return BillingFieldView.account(field.getId(), field.getName(), value, options, accounts::account, i18n.getText("ratecard.field.account.none"));
    }
}
