package io.github.ratecard.rates;

import java.util.List;

/**
 * Where a rate applies. Cost rates: user, else level, else the global default. Bill rates, most
 * specific first: account + user, account + level, account default, project + user,
 * project + level, project default.
 */
public enum ScopeKind {
    USER(RateType.COST, false, false, true, false, "user rate"),
    LEVEL(RateType.COST, false, false, false, true, "level rate"),
    GLOBAL(RateType.COST, false, false, false, false, "global default"),
    ACCOUNT_USER(RateType.BILL, true, false, true, false, "account rate for the user"),
    ACCOUNT_LEVEL(RateType.BILL, true, false, false, true, "account rate for the level"),
    ACCOUNT(RateType.BILL, true, false, false, false, "account default"),
    PROJECT_USER(RateType.BILL, false, true, true, false, "project rate for the user"),
    PROJECT_LEVEL(RateType.BILL, false, true, false, true, "project rate for the level"),
    PROJECT(RateType.BILL, false, true, false, false, "project default");

    /** Cost scopes in the order they are tried. */
    public static final List<ScopeKind> COST_PRECEDENCE = List.of(USER, LEVEL, GLOBAL);
    /** Bill scopes in the order they are tried. */
    public static final List<ScopeKind> BILL_PRECEDENCE = List.of(ACCOUNT_USER, ACCOUNT_LEVEL, ACCOUNT, PROJECT_USER, PROJECT_LEVEL, PROJECT);

    private final RateType type;
    private final boolean needsAccount;
    private final boolean needsProject;
    private final boolean needsUser;
    private final boolean needsLevel;
    private final String label;

    ScopeKind(RateType type, boolean needsAccount, boolean needsProject, boolean needsUser, boolean needsLevel, String label) {
        this.type = type;
        this.needsAccount = needsAccount;
        this.needsProject = needsProject;
        this.needsUser = needsUser;
        this.needsLevel = needsLevel;
        this.label = label;
    }

    public RateType type() {
        return type;
    }

    public boolean needsAccount() {
        return needsAccount;
    }

    public boolean needsProject() {
        return needsProject;
    }

    public boolean needsUser() {
        return needsUser;
    }

    public boolean needsLevel() {
        return needsLevel;
    }

    /** How the winning rule is described to people, e.g. "account default". */
    public String label() {
        return label;
    }
}
