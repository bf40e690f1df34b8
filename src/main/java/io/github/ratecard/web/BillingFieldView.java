package io.github.ratecard.web;

import io.github.ratecard.billing.BillableChoice;
import io.github.ratecard.billing.ClientAccount;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the Account and Billable fields' templates show: the field's id and name, the value as
 * people read it, and the options of the edit control; every string escaped for HTML.
 */
public final class BillingFieldView {

    private final String fieldId;
    private final String fieldName;
    private final String display;
    private final String value;
    private final List<FieldOption> options;
    private final String emptyLabel;
    private final Long projectId;
    private final boolean editable;
    private String impactIssue;
    private List<FieldOption> impactTexts = List.of();

    private BillingFieldView(String fieldId, String fieldName, String display, String value, List<FieldOption> options,
                             String emptyLabel, Long projectId, boolean editable) {
        this.emptyLabel = emptyLabel;
        this.projectId = projectId;
        this.editable = editable;
        this.fieldId = fieldId;
        this.fieldName = fieldName;
        this.display = display;
        this.value = value;
        this.options = List.copyOf(options);
    }

    /** The Account field: shows the account's name and key; offers the project's open accounts, default first. */
    public static BillingFieldView account(String fieldId, String fieldName, String value, List<ClientAccount> options,
                                           Function<String, Optional<ClientAccount>> accounts, String emptyLabel, Long projectId,
                                           boolean editable) {
        String display = value == null ? "" : accounts.apply(value).map(a -> a.name() + " (" + a.key() + ")").orElse(value);
        List<FieldOption> choices = new ArrayList<>();
        for (ClientAccount account : options) {
            choices.add(new FieldOption(account.key(), account.name() + " (" + account.key() + ")", account.key().equals(value)));
        }
        if (value != null && options.stream().noneMatch(a -> a.key().equals(value))) {
            choices.add(new FieldOption(value, display, true));
        }
        return new BillingFieldView(fieldId, fieldName, display, value, choices, emptyLabel, projectId, editable);
    }

    /** The Billable field: Billable or Non-billable. */
    public static BillingFieldView billable(String fieldId, String fieldName, String value, String emptyLabel, Long projectId,
                                            boolean editable) {
        List<FieldOption> choices = new ArrayList<>();
        for (BillableChoice choice : BillableChoice.values()) {
            choices.add(new FieldOption(choice.label(), choice.label(), choice.label().equals(value)));
        }
        return new BillingFieldView(fieldId, fieldName, value == null ? "" : value, value, choices, emptyLabel, projectId, editable);
    }

    public String getFieldIdHtml() {
        return HtmlText.escape(fieldId);
    }

    public String getFieldNameHtml() {
        return HtmlText.escape(fieldName);
    }

    public boolean isHasValue() {
        return value != null;
    }

    /** The value as people read it. */
    public String getDisplayHtml() {
        return HtmlText.escape(display);
    }

    /** Whether the viewer may change the value (Manage budgets or finance); otherwise the edit screen shows it read-only. */
    public boolean isEditable() {
        return editable;
    }

    /** Whether the issue's project is known (not on a create screen before the project is chosen). */
    public boolean isHasProject() {
        return projectId != null;
    }

    public String getProjectIdHtml() {
        return projectId == null ? "" : projectId.toString();
    }

    /** The stored value (empty when none), for exports and for the edit screen to send back unchanged. */
    public String getValueHtml() {
        return HtmlText.escape(value == null ? "" : value);
    }

    /** The edit control's choice for the empty field, e.g. "None (the project's default account)". */
    public String getEmptyLabelHtml() {
        return HtmlText.escape(emptyLabel);
    }

    public List<FieldOption> getOptions() {
        return options;
    }

    /**
     * The same view, which asks the server what a changed value would do to the issue's
     * uninvoiced work and shows it under the field; {@code texts} are the words it uses, each an
     * option of name and text.
     */
    public BillingFieldView withImpact(String issueKey, List<FieldOption> texts) {
        BillingFieldView view = new BillingFieldView(fieldId, fieldName, display, value, options, emptyLabel, projectId, editable);
        view.impactIssue = issueKey;
        view.impactTexts = List.copyOf(texts);
        return view;
    }

    public boolean isHasImpact() {
        return editable && impactIssue != null;
    }

    public String getImpactIssueHtml() {
        return HtmlText.escape(impactIssue);
    }

    public List<FieldOption> getImpactTexts() {
        return impactTexts;
    }
}
