package io.github.ratecard.contract;

import java.util.List;

/** Where contracts and the retainer balance adjustments are kept. */
public interface ContractStore extends ContractBook {

    /** Saves the account's contract, replacing the one it had with all its dated terms. */
    void save(Contract contract);

    /** Removes the account's contract (it bills time and materials again); false when it had none. */
    boolean delete(String accountKey);

    /** The account's balance adjustments, oldest first. */
    List<BalanceAdjustment> adjustments(String accountKey);

    /** Records the adjustment and returns its id. */
    long insert(BalanceAdjustment adjustment);
}
