package io.github.ratecard.contract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Where drafting, budgets and pages read an account's contract and the terms in force. */
public interface ContractBook {

    /** The account's contract; empty when it has none (it bills time and materials). */
    Optional<Contract> contract(String accountKey);

    /** The keys of the accounts that have a contract: one read, whatever the number. */
    java.util.Set<String> accountsWithContract();

    /** The contracts of the accounts that have one, by account key; a store may read them all at once. */
    default java.util.Map<String, Contract> contracts(java.util.Collection<String> accountKeys) {
        java.util.Map<String, Contract> found = new java.util.HashMap<>();
        for (String accountKey : new java.util.TreeSet<>(accountKeys)) {
            contract(accountKey).ifPresent(contract -> found.put(accountKey, contract));
        }
        return found;
    }

    /** The terms in force for the account on {@code day}: time and materials without a contract or outside it. */
    default ContractTerms termsOn(String accountKey, LocalDate day) {
        return contract(accountKey).map(contract -> contract.termsIn(YearMonth.from(day))).orElse(TimeAndMaterials.INSTANCE);
    }

    /** The dated terms in force for the account in any month of {@code period}, earliest first; none without a contract. */
    default List<TermsSpan> termsDuring(String accountKey, ContractPeriod period) {
        return contract(accountKey).map(contract -> contract.spansDuring(period)).orElse(List.of());
    }
}
