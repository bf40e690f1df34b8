package io.github.ratecard.invoice;

import java.util.Optional;

/** The buyer terms of each account, one row per account. */
public interface BuyerTermsStore {

    Optional<BuyerTerms> terms(String accountKey);

    void save(BuyerTerms terms);
}
