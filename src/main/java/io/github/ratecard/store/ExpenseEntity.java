package io.github.ratecard.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A non-labour cost of a project or issue (DAY is a reserved word on H2, hence EXPENSE_DAY); the day is an epoch day, the amount minor units, the mark-up basis points. */
@Table("RC_EXPENSE")
public interface ExpenseEntity extends Entity {

    String EXPENSE_DAY = "EXPENSE_DAY";
    String SCOPE_KIND = "SCOPE_KIND";
    String SCOPE_KEY = "SCOPE_KEY";
    String CATEGORY = "CATEGORY";
    String AMOUNT_MINOR = "AMOUNT_MINOR";
    String CURRENCY = "CURRENCY";
    String BILLABLE = "BILLABLE";
    String MARKUP_BP = "MARKUP_BP";
    String DESCRIPTION = "DESCRIPTION";

    @NotNull
    @Indexed
    long getExpenseDay();

    void setExpenseDay(long epochDay);

    @NotNull
    String getScopeKind();

    void setScopeKind(String kind);

    @NotNull
    @Indexed
    String getScopeKey();

    void setScopeKey(String key);

    @NotNull
    String getCategory();

    void setCategory(String category);

    @NotNull
    long getAmountMinor();

    void setAmountMinor(long minor);

    @NotNull
    String getCurrency();

    void setCurrency(String currency);

    @NotNull
    boolean isBillable();

    void setBillable(boolean billable);

    @NotNull
    int getMarkupBp();

    void setMarkupBp(int basisPoints);

    @StringLength(StringLength.UNLIMITED)
    String getDescription();

    void setDescription(String description);
}
