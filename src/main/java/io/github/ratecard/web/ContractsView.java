package io.github.ratecard.web;

import java.util.List;

/**
 * Finance's Contracts page: the accounts to choose from and, for the chosen one, its contract's terms by month, the
 * retainer balance ledger, the cap consumption, the fixed-fee schedule and the balance adjustments. Every text is
 * plain and escaped by the template; the forms send their changes to {@code contracts/{accountKey}/…}.
 */
public final class ContractsView {

    private final String accountKey;
    private final String accountName;
    private final List<FieldOption> accounts;
    private final List<PageRow> terms;
    private final List<PageRow> balance;
    private final List<PageRow> cap;
    private final List<PageRow> schedule;
    private final List<PageRow> adjustments;
    private final String retainerThresholds;
    private final String capThresholds;
    private final List<PageRow> crossings;

    public ContractsView(String accountKey, String accountName, List<FieldOption> accounts, List<PageRow> terms, List<PageRow> balance,
                         List<PageRow> cap, List<PageRow> schedule, List<PageRow> adjustments) {
        this(accountKey, accountName, accounts, terms, balance, cap, schedule, adjustments, "", "", List.of());
    }

    private ContractsView(String accountKey, String accountName, List<FieldOption> accounts, List<PageRow> terms, List<PageRow> balance,
                          List<PageRow> cap, List<PageRow> schedule, List<PageRow> adjustments, String retainerThresholds, String capThresholds,
                          List<PageRow> crossings) {
        this.retainerThresholds = retainerThresholds;
        this.capThresholds = capThresholds;
        this.crossings = List.copyOf(crossings);
        this.accountKey = accountKey;
        this.accountName = accountName;
        this.accounts = List.copyOf(accounts);
        this.terms = List.copyOf(terms);
        this.balance = List.copyOf(balance);
        this.cap = List.copyOf(cap);
        this.schedule = List.copyOf(schedule);
        this.adjustments = List.copyOf(adjustments);
    }

    /** The chosen account's key; empty when none is chosen. */
    public String getAccountKey() {
        return accountKey;
    }

    public String getAccountName() {
        return accountName;
    }

    public boolean isChosen() {
        return !accountKey.isEmpty();
    }

    /** Whether the chosen account has a contract (else it bills time and materials). */
    public boolean isHasContract() {
        return !terms.isEmpty();
    }

    public List<FieldOption> getAccounts() {
        return accounts;
    }

    /** Dated terms: from (label), to, kind, what they agree. */
    public List<PageRow> getTerms() {
        return terms;
    }

    /** Retainer periods: period (label), fee, opening, prepaid, adjustments, used, overage, overage amount, expired, rolled over, closing. */
    public List<PageRow> getBalance() {
        return balance;
    }

    /** Cap periods: period (label), limit, work value, billed, written off, remaining. */
    public List<PageRow> getCap() {
        return cap;
    }

    /** Instalments: label, amount, due by, due on, state. */
    public List<PageRow> getSchedule() {
        return schedule;
    }

    /** Adjustments: month (label), hours, reason, by, when. */
    public List<PageRow> getAdjustments() {
        return adjustments;
    }

    public boolean isHasBalance() {
        return !balance.isEmpty();
    }

    public boolean isHasCap() {
        return !cap.isEmpty();
    }

    public boolean isHasSchedule() {
        return !schedule.isEmpty();
    }

    public boolean isHasAdjustments() {
        return !adjustments.isEmpty();
    }

    /** This view with the alert thresholds ("80, 100"; empty when none) and the latest crossings: period (label), kind, threshold, used, raised on. */
    public ContractsView withThresholds(String retainer, String cap, List<PageRow> latest) {
        return new ContractsView(accountKey, accountName, accounts, terms, balance, this.cap, schedule, adjustments, retainer, cap, latest);
    }

    public String getRetainerThresholds() {
        return retainerThresholds;
    }

    public String getCapThresholds() {
        return capThresholds;
    }

    public List<PageRow> getCrossings() {
        return crossings;
    }

    public boolean isHasCrossings() {
        return !crossings.isEmpty();
    }
}
