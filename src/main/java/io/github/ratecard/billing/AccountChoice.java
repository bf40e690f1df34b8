package io.github.ratecard.billing;

import io.github.ratecard.domain.InvalidInputException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Which accounts work in a project may be billed to: the OPEN accounts linked to it, its default first. */
public final class AccountChoice {

    private AccountChoice() {
    }

    /** The accounts to offer, default first, then by key. */
    public static List<ClientAccount> options(List<ProjectAccountLink> links, Function<String, Optional<ClientAccount>> accounts) {
        List<ProjectAccountLink> ordered = new ArrayList<>(links);
        ordered.sort(Comparator.comparing((ProjectAccountLink l) -> !l.isDefault()).thenComparing(ProjectAccountLink::accountKey));
        List<ClientAccount> options = new ArrayList<>();
        for (ProjectAccountLink link : ordered) {
            accounts.apply(link.accountKey()).filter(a -> a.status() == AccountStatus.OPEN).ifPresent(options::add);
        }
        return options;
    }

    /** The project's default account, when it has one. */
    public static Optional<ClientAccount> projectDefault(List<ProjectAccountLink> links, Function<String, Optional<ClientAccount>> accounts) {
        return links.stream().filter(ProjectAccountLink::isDefault).findFirst().flatMap(link -> accounts.apply(link.accountKey()));
    }

    /** The keys of the accounts linked to the project. */
    public static Set<String> linkedKeys(List<ProjectAccountLink> links) {
        return links.stream().map(ProjectAccountLink::accountKey).collect(Collectors.toSet());
    }

    /** Throws a clear error naming {@code field} unless the key is one of the options. */
    public static ClientAccount require(String accountKey, String projectName, List<ProjectAccountLink> links,
                                        Function<String, Optional<ClientAccount>> accounts, String field) {
        Optional<ClientAccount> account = accounts.apply(accountKey);
        InvalidInputException.require(account.isPresent(), field, "No account " + accountKey);
        InvalidInputException.require(links.stream().anyMatch(l -> l.accountKey().equals(accountKey)), field,
                "Account " + accountKey + " is not linked to " + projectName);
        InvalidInputException.require(account.get().status() == AccountStatus.OPEN, field,
                "Account " + accountKey + " is " + account.get().status().name().toLowerCase(java.util.Locale.ROOT) + ", work cannot bill to it");
        return account.get();
    }
}
