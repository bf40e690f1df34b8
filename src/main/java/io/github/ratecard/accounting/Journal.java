package io.github.ratecard.accounting;

import io.github.ratecard.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The double entries of postings: per posting, the debtor's line for the gross amount, and per tax rate a line on its
 * revenue account for the net and one on its tax account for the tax (left out when the tax is zero), on the other
 * side. So every document balances, in its currency and in the base currency: the debits equal the credits.
 */
public final class Journal {

    private Journal() {
    }

    public static List<JournalLine> of(List<Posting> postings) {
        List<JournalLine> lines = new ArrayList<>();
        for (Posting posting : postings) {
            lines.addAll(of(posting));
        }
        return lines;
    }

    public static List<JournalLine> of(Posting posting) {
        List<JournalLine> lines = new ArrayList<>();
        if (posting.gross().isZero()) {
            return lines;
        }
        Optional<Money> baseGross = posting.hasBaseAmounts()
                ? Optional.of(Money.sum(posting.baseCurrency(), posting.portions().stream().map(p -> p.baseGross().orElseThrow()).toList()))
                : Optional.empty();
        lines.add(new JournalLine(posting.date(), posting.document(), posting.debtorAccount(), "", posting.gross(), baseGross));
        for (PostedPortion portion : posting.portions()) {
            if (!portion.net().isZero()) {
                lines.add(new JournalLine(posting.date(), posting.document(), portion.revenue().account(), portion.taxKey(), portion.net().negate(),
                        portion.baseNet().map(Money::negate)));
            }
            if (!portion.tax().isZero()) {
                String taxAccount = portion.revenue().taxAccount().isEmpty() ? portion.revenue().account() : portion.revenue().taxAccount();
                lines.add(new JournalLine(posting.date(), posting.document(), taxAccount, portion.taxKey(), portion.tax().negate(),
                        portion.baseTax().map(Money::negate)));
            }
        }
        return lines;
    }
}
