package io.github.ratecard.app;

import io.github.ratecard.audit.AuditLog;
import io.github.ratecard.billing.AccountStore;
import io.github.ratecard.billing.ClientAccount;
import io.github.ratecard.contract.BalanceAdjustment;
import io.github.ratecard.contract.CapConsumption;
import io.github.ratecard.contract.Contract;
import io.github.ratecard.contract.ContractFigures;
import io.github.ratecard.contract.ContractLimits;
import io.github.ratecard.contract.ContractStore;
import io.github.ratecard.contract.ContractTerms;
import io.github.ratecard.contract.InstalmentStatus;
import io.github.ratecard.contract.Retainer;
import io.github.ratecard.contract.RetainerBalance;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.NotFoundException;
import io.github.ratecard.domain.Refusal;
import io.github.ratecard.domain.Transactions;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Finance's contracts: an account's contract and its dated terms, and the audited adjustments of a retainer's balance,
 * the only change of a balance by hand. Every change is audited and made in one transaction. The figures (balance
 * ledger, cap consumption, fixed-fee schedule) are computed from the usage each time they are read.
 */
public final class ContractService {

    static final String CONTRACT = "contract";
    static final String ADJUSTMENT = "retainer-adjustment";

    private final ContractStore store;
    private final AccountStore accounts;
    private final ContractFigures figures;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    public ContractService(ContractStore store, AccountStore accounts, ContractFigures figures, AuditLog audit, Transactions transactions, Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.figures = figures;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The account's contract; empty when it bills time and materials. Unknown accounts are not found. */
    public Optional<Contract> contract(String accountKey) {
        account(accountKey);
        return store.contract(accountKey);
    }

    /** Saves the account's contract, replacing the one it had; its amounts must be in the account's currency. */
    public Contract save(Contract contract) {
        ClientAccount account = account(contract.accountKey());
        InvalidInputException.require(contract.currency().equals(account.currency()), "currency", "The account bills in "
                + account.currency().getCurrencyCode() + ", the contract is in " + contract.currency().getCurrencyCode());
        return transactions.inTransaction(() -> {
            Optional<Contract> before = store.contract(contract.accountKey());
            store.save(contract);
            audit.record(CONTRACT, contract.accountKey(), before.isPresent() ? "update" : "create", before.map(ContractSnapshots::of).orElse(null),
                    ContractSnapshots.of(contract));
            return contract;
        });
    }

    /**
     * Puts {@code terms} in force from the month boundary that follows {@code requested} (see
     * {@link Contract#effectiveMonth}); an account without a contract gets one, open-ended, from that month.
     */
    public Contract changeTerms(String accountKey, LocalDate requested, ContractTerms terms) {
        ClientAccount account = account(accountKey);
        Contract changed = store.contract(accountKey).map(contract -> contract.changedOn(requested, terms))
                .orElseGet(() -> Contract.startingOn(accountKey, account.currency(), requested, terms));
        return save(changed);
    }

    /** Removes the account's contract: it bills time and materials again. */
    public void delete(String accountKey) {
        account(accountKey);
        transactions.inTransaction(() -> {
            Contract before = store.contract(accountKey).orElseThrow(() -> new NotFoundException("Account " + accountKey + " has no contract"));
            store.delete(accountKey);
            audit.record(CONTRACT, accountKey, "delete", ContractSnapshots.of(before), null);
            return null;
        });
    }

    /**
     * Adds or removes retainer hours in the period of {@code month}, which must be under retainer terms; removing more
     * than the period has available is refused.
     */
    public BalanceAdjustment adjust(String accountKey, YearMonth month, long seconds, String reason, String author) {
        Contract contract = requireContract(accountKey);
        InvalidInputException.require(contract.termsIn(month) instanceof Retainer, "month", "In " + month + " the account has no retainer");
        BalanceAdjustment adjustment = BalanceAdjustment.unsaved(accountKey, month, seconds, reason, author, clock.instant());
        return transactions.inTransaction(() -> {
            if (seconds < 0) {
                RetainerBalance period = figures.retainerLedger(contract, month, store.adjustments(accountKey)).stream()
                        .filter(row -> row.period().contains(month)).findFirst().orElseThrow();
                InvalidInputException.require(-seconds <= period.availableSeconds(), "hours", "The period has "
                        + io.github.ratecard.contract.ContractHours.text(period.availableSeconds()) + " hours to remove at most",
                        Refusal.of(Refusal.Reason.AT_MOST, io.github.ratecard.contract.ContractHours.text(period.availableSeconds())));
            }
            BalanceAdjustment stored = adjustment.withId(store.insert(adjustment));
            audit.record(ADJUSTMENT, Long.toString(stored.id()), "create", null, ContractSnapshots.of(stored));
            return stored;
        });
    }

    public List<BalanceAdjustment> adjustments(String accountKey) {
        account(accountKey);
        return store.adjustments(accountKey);
    }

    /** The retainer balance ledger through {@code through} (this month when null). */
    public List<RetainerBalance> ledger(String accountKey, YearMonth through) {
        Contract contract = requireContract(accountKey);
        return figures.retainerLedger(contract, within(contract, through), store.adjustments(accountKey));
    }

    /** The cap consumption through {@code through} (this month when null). */
    public List<CapConsumption> capConsumption(String accountKey, YearMonth through) {
        Contract contract = requireContract(accountKey);
        return figures.capConsumption(contract, within(contract, through));
    }

    /** The fixed-fee schedule with what is due today. */
    public List<InstalmentStatus> schedule(String accountKey) {
        return figures.schedule(requireContract(accountKey), LocalDate.now(clock));
    }

    /** Today's month in the reporting calendar this service uses. */
    public YearMonth thisMonth() {
        return YearMonth.now(clock);
    }

    private YearMonth within(Contract contract, YearMonth through) {
        YearMonth month = through == null ? thisMonth() : through;
        YearMonth last = contract.validFrom().plusMonths(ContractLimits.LEDGER_MONTHS - 1L);
        InvalidInputException.require(!month.isAfter(last), "through", "A ledger covers at most " + ContractLimits.LEDGER_MONTHS
                + " months from the contract's start, to " + last, Refusal.of(Refusal.Reason.AT_MOST, last));
        return month;
    }

    private Contract requireContract(String accountKey) {
        return contract(accountKey).orElseThrow(() -> new NotFoundException("Account " + accountKey + " has no contract"));
    }

    private ClientAccount account(String accountKey) {
        return accounts.account(accountKey).orElseThrow(() -> new NotFoundException("No account " + accountKey));
    }
}
