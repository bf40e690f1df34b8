package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.contract.BalanceAdjustment;
import io.github.ratecard.contract.Contract;
import io.github.ratecard.contract.ContractStore;
import io.github.ratecard.contract.DatedTerms;
import io.github.ratecard.contract.FixedFee;
import io.github.ratecard.contract.Instalment;
import io.github.ratecard.money.Currencies;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;

/**
 * Contracts in RC_CONTRACT, their dated terms in RC_CONTRACT_TERMS and fixed-fee instalments in RC_CONTRACT_INST, all
 * keyed by the account; retainer balance adjustments in RC_BALANCE_ADJ. Saving a contract replaces all its rows, so
 * callers save in a transaction. Reading one contract, or many, costs three statements (one when none is found).
 */
public class AoContractStore implements ContractStore {

    private static final int IN_CHUNK = LedgerRows.IN_CHUNK;

    private final ActiveObjects ao;

    public AoContractStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<Contract> contract(String accountKey) {
        return Optional.ofNullable(contracts(List.of(accountKey)).get(accountKey));
    }

    @Override
    public java.util.Set<String> accountsWithContract() {
        java.util.Set<String> keys = new java.util.TreeSet<>();
        ao.stream(ContractEntity.class, Query.select("ID, " + ContractEntity.ACCOUNT_KEY), row -> keys.add(row.getAccountKey()));
        return keys;
    }

    /** Three statements per 500 accounts asked for (one when none has a contract), whatever the number of terms and instalments. */
    @Override
    public Map<String, Contract> contracts(Collection<String> accountKeys) {
        Map<String, Contract> found = new HashMap<>();
        for (List<String> chunk : Sql.chunks(accountKeys, IN_CHUNK)) {
            Map<String, ContractEntity> rows = new HashMap<>();
            for (ContractEntity row : ao.find(ContractEntity.class, Query.select().where(ContractEntity.ACCOUNT_KEY + Sql.in(chunk.size()),
                    chunk.toArray()))) {
                rows.put(row.getAccountKey(), row);
            }
            if (rows.isEmpty()) {
                continue;
            }
            Object[] keys = rows.keySet().toArray();
            Map<String, Map<Integer, List<InstalmentEntity>>> instalments = new HashMap<>();
            for (InstalmentEntity instalment : ao.find(InstalmentEntity.class, Query.select().where(InstalmentEntity.ACCOUNT_KEY + Sql.in(keys.length), keys)
                    .order(InstalmentEntity.ACCOUNT_KEY + ", " + InstalmentEntity.FROM_MONTH + ", " + InstalmentEntity.SEQ_NO))) {
                instalments.computeIfAbsent(instalment.getAccountKey(), key -> new HashMap<>())
                        .computeIfAbsent(instalment.getFromMonth(), month -> new ArrayList<>()).add(instalment);
            }
            Map<String, List<ContractTermsEntity>> terms = new HashMap<>();
            for (ContractTermsEntity row : ao.find(ContractTermsEntity.class, Query.select().where(ContractTermsEntity.ACCOUNT_KEY
                    + Sql.in(keys.length), keys).order(ContractTermsEntity.ACCOUNT_KEY + ", " + ContractTermsEntity.FROM_MONTH))) {
                terms.computeIfAbsent(row.getAccountKey(), key -> new ArrayList<>()).add(row);
            }
            rows.forEach((accountKey, row) -> found.put(accountKey, contractOf(row, terms.getOrDefault(accountKey, List.of()),
                    instalments.getOrDefault(accountKey, Map.of()))));
        }
        return found;
    }

    private static Contract contractOf(ContractEntity row, List<ContractTermsEntity> termRows, Map<Integer, List<InstalmentEntity>> instalments) {
        Currency currency = Currencies.of(row.getCurrency());
        List<DatedTerms> terms = termRows.stream().map(terms1 -> new DatedTerms(ContractRows.month(terms1.getFromMonth()),
                ContractRows.terms(terms1, currency, instalments.getOrDefault(terms1.getFromMonth(), List.of())))).toList();
        return new Contract(row.getAccountKey(), currency, ContractRows.month(row.getValidFromMonth()),
                Optional.ofNullable(row.getValidToMonth()).map(ContractRows::month), terms);
    }

    @Override
    public void save(Contract contract) {
        delete(contract.accountKey());
        Map<String, Object> columns = new HashMap<>();
        columns.put(ContractEntity.ACCOUNT_KEY, contract.accountKey());
        columns.put(ContractEntity.CURRENCY, contract.currency().getCurrencyCode());
        columns.put(ContractEntity.VALID_FROM_MONTH, ContractRows.epochMonth(contract.validFrom()));
        contract.validTo().ifPresent(to -> columns.put(ContractEntity.VALID_TO_MONTH, ContractRows.epochMonth(to)));
        ao.create(ContractEntity.class, columns);
        for (DatedTerms dated : contract.terms()) {
            int from = ContractRows.epochMonth(dated.from());
            Map<String, Object> terms = ContractRows.termsColumns(dated.terms());
            terms.put(ContractTermsEntity.ACCOUNT_KEY, contract.accountKey());
            terms.put(ContractTermsEntity.FROM_MONTH, from);
            ao.create(ContractTermsEntity.class, terms);
            if (dated.terms() instanceof FixedFee fee) {
                int seqNo = 0;
                for (Instalment instalment : fee.schedule()) {
                    Map<String, Object> row = ContractRows.instalmentColumns(instalment);
                    row.put(InstalmentEntity.ACCOUNT_KEY, contract.accountKey());
                    row.put(InstalmentEntity.FROM_MONTH, from);
                    row.put(InstalmentEntity.SEQ_NO, seqNo++);
                    ao.create(InstalmentEntity.class, row);
                }
            }
        }
    }

    @Override
    public boolean delete(String accountKey) {
        ao.deleteWithSQL(InstalmentEntity.class, InstalmentEntity.ACCOUNT_KEY + " = ?", accountKey);
        ao.deleteWithSQL(ContractTermsEntity.class, ContractTermsEntity.ACCOUNT_KEY + " = ?", accountKey);
        return ao.deleteWithSQL(ContractEntity.class, ContractEntity.ACCOUNT_KEY + " = ?", accountKey) > 0;
    }

    @Override
    public List<BalanceAdjustment> adjustments(String accountKey) {
        return Arrays.stream(ao.find(BalanceAdjustmentEntity.class, Query.select().where(BalanceAdjustmentEntity.ACCOUNT_KEY + " = ?", accountKey)
                        .order(BalanceAdjustmentEntity.AT_MILLIS)))
                .map(row -> new BalanceAdjustment(row.getID(), row.getAccountKey(), ContractRows.month(row.getAdjMonth()), row.getSeconds(),
                        row.getReason(), row.getAuthor(), Instant.ofEpochMilli(row.getAtMillis())))
                .sorted(java.util.Comparator.comparing(BalanceAdjustment::at).thenComparingLong(BalanceAdjustment::id))
                .toList();
    }

    @Override
    public long insert(BalanceAdjustment adjustment) {
        return ao.create(BalanceAdjustmentEntity.class, Map.of(BalanceAdjustmentEntity.ACCOUNT_KEY, adjustment.accountKey(),
                BalanceAdjustmentEntity.ADJ_MONTH, ContractRows.epochMonth(adjustment.month()), BalanceAdjustmentEntity.SECONDS, adjustment.seconds(),
                BalanceAdjustmentEntity.REASON, adjustment.reason(), BalanceAdjustmentEntity.AUTHOR, adjustment.author(),
                BalanceAdjustmentEntity.AT_MILLIS, adjustment.at().toEpochMilli())).getID();
    }
}
