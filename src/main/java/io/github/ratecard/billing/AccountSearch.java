package io.github.ratecard.billing;

import io.github.ratecard.domain.Page;
import io.github.ratecard.domain.SearchQuery;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds client accounts by what a person types: the key from its start, the name anywhere. It walks
 * the accounts a page at a time, as a site keeps hundreds of clients, not millions.
 */
public final class AccountSearch {

    private static final int PAGE = 200;

    private AccountSearch() {
    }

    /** The best {@code limit} matches of every status, in the query's order. */
    public static List<ClientAccount> find(AccountStore store, SearchQuery query, int limit) {
        List<ClientAccount> matches = new ArrayList<>();
        int offset = 0;
        Page<ClientAccount> page;
        do {
            page = store.accounts(null, offset, PAGE);
            page.items().stream().filter(account -> query.matches(account.key(), account.name())).forEach(matches::add);
            offset += PAGE;
        } while (offset < page.total() && !page.items().isEmpty());
        return matches.stream().sorted(query.order(ClientAccount::key, ClientAccount::name)).limit(limit).toList();
    }
}
