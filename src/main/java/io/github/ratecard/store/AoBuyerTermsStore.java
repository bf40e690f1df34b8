package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.invoice.PartyDetails;
import io.github.ratecard.invoice.BuyerTerms;
import io.github.ratecard.invoice.BuyerTermsStore;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;

/** Buyer terms in RC_BUYER_TERMS. */
public class AoBuyerTermsStore implements BuyerTermsStore {

    private final ActiveObjects ao;

    public AoBuyerTermsStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<BuyerTerms> terms(String accountKey) {
        return row(accountKey).map(row -> new BuyerTerms(row.getAccountKey(), row.getCountry(),
                new PartyDetails(row.getStreet(), row.getCity(), row.getPostalCode(), row.getVatId()), row.getPaymentDays(),
                row.getLanguage()));
    }

    @Override
    public void save(BuyerTerms terms) {
        BuyerTermsEntity row = row(terms.accountKey())
                .orElseGet(() -> ao.create(BuyerTermsEntity.class, Map.of(BuyerTermsEntity.ACCOUNT_KEY, terms.accountKey())));
        row.setStreet(terms.details().street());
        row.setCity(terms.details().city());
        row.setPostalCode(terms.details().postalCode());
        row.setCountry(terms.countryCode());
        row.setVatId(terms.details().vatId());
        row.setPaymentDays(terms.paymentDays());
        row.setLanguage(terms.language());
        row.save();
    }

    private Optional<BuyerTermsEntity> row(String accountKey) {
        BuyerTermsEntity[] found = ao.find(BuyerTermsEntity.class, Query.select().where(BuyerTermsEntity.ACCOUNT_KEY + " = ?", accountKey));
        return found.length == 0 ? Optional.empty() : Optional.of(found[0]);
    }
}
