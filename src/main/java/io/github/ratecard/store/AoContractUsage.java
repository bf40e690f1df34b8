package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.billing.AccountStore;
import io.github.ratecard.billing.ClientAccount;
import io.github.ratecard.contract.ContractPeriod;
import io.github.ratecard.contract.ContractUsage;
import io.github.ratecard.contract.PeriodUsage;
import io.github.ratecard.domain.NotFoundException;
import io.github.ratecard.invoice.InvoiceKind;
import io.github.ratecard.invoice.InvoiceStatus;
import io.github.ratecard.money.Money;
import java.util.ArrayList;
import java.util.List;
import net.java.ao.Query;

/**
 * The usage rule of {@link ContractUsage} on the ledger: a period with issued invoices of the account that lie inside it
 * uses the billable ledger entries of the worklogs those invoices bill; a period without uses the billable entries
 * dated in it that no issued invoice bills. A few statements per period, plus one per {@value #IN_LIST} invoiced worklogs.
 */
public class AoContractUsage implements ContractUsage {

    static final int IN_LIST = 500;

    private final ActiveObjects ao;
    private final AccountStore accounts;

    public AoContractUsage(ActiveObjects ao, AccountStore accounts) {
        this.ao = ao;
        this.accounts = accounts;
    }

    @Override
    public List<PeriodUsage> usage(String accountKey, List<ContractPeriod> periods) {
        ClientAccount account = accounts.account(accountKey).orElseThrow(() -> new NotFoundException("No account " + accountKey));
        List<PeriodUsage> usage = new ArrayList<>(periods.size());
        for (ContractPeriod period : periods) {
            List<Long> invoices = invoicesIn(accountKey, period);
            Sums sums = invoices.isEmpty() ? uninvoiced(accountKey, period) : invoiced(invoices);
            usage.add(new PeriodUsage(sums.seconds, Money.ofMinor(sums.minor, account.currency())));
        }
        return usage;
    }

    private List<Long> invoicesIn(String accountKey, ContractPeriod period) {
        List<Long> ids = new ArrayList<>();
        ao.stream(InvoiceEntity.class, Query.select("ID").where(InvoiceEntity.ACCOUNT_KEY + " = ? AND " + InvoiceEntity.STATUS + " = ? AND "
                        + InvoiceEntity.KIND + " = ? AND " + InvoiceEntity.FIRST_DAY + " >= ? AND " + InvoiceEntity.LAST_DAY + " <= ?", accountKey,
                InvoiceStatus.ISSUED.name(), InvoiceKind.INVOICE.name(), period.days().first().toEpochDay(), period.days().last().toEpochDay()),
                row -> ids.add((long) row.getID()));
        return ids;
    }

    private Sums invoiced(List<Long> invoices) {
        List<Long> worklogs = new ArrayList<>();
        for (List<Long> chunk : Sql.chunks(invoices, IN_LIST)) {
            ao.stream(InvoicedWorkEntity.class, Query.select(InvoicedWorkEntity.WORKLOG_ID).where(InvoicedWorkEntity.INVOICE_ID + Sql.in(chunk.size()),
                    chunk.toArray()), row -> worklogs.add(row.getWorklogId()));
        }
        Sums sums = new Sums();
        for (List<Long> chunk : Sql.chunks(worklogs, IN_LIST)) {
            Object[] parameters = new Object[chunk.size() + 1];
            chunk.toArray(parameters);
            parameters[chunk.size()] = true;
            ao.stream(LedgerEntity.class, Query.select(LedgerEntity.ID + ", " + LedgerEntity.BILLED_SECONDS + ", " + LedgerEntity.BILL_MINOR)
                    .where(LedgerEntity.WORKLOG_ID + Sql.in(chunk.size()) + " AND " + LedgerEntity.BILLABLE + " = ? AND " + LedgerRows.LIVE, parameters),
                    sums::add);
        }
        return sums;
    }

    private Sums uninvoiced(String accountKey, ContractPeriod period) {
        Sums sums = new Sums();
        ao.stream(LedgerEntity.class, Query.select(LedgerEntity.ID + ", " + LedgerEntity.BILLED_SECONDS + ", " + LedgerEntity.BILL_MINOR)
                .where(LedgerEntity.ACCOUNT_KEY + " = ? AND " + LedgerEntity.WORK_DAY + " BETWEEN ? AND ? AND " + LedgerEntity.BILLABLE + " = ? AND "
                        + LedgerEntity.INVOICED + " = ? AND " + LedgerRows.LIVE, accountKey, period.days().first().toEpochDay(),
                        period.days().last().toEpochDay(), true, false), sums::add);
        return sums;
    }

    /** Billed seconds and their value at the rate card, summed. */
    private static final class Sums {
        long seconds;
        long minor;

        void add(LedgerEntity row) {
            seconds = Math.addExact(seconds, row.getBilledSeconds());
            minor = Math.addExact(minor, row.getBillMinor() == null ? 0 : row.getBillMinor());
        }
    }
}
