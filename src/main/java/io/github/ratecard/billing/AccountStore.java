package io.github.ratecard.billing;

import io.github.ratecard.domain.Page;
import java.util.List;
import java.util.Optional;

/** Where client accounts and their project links are kept. */
public interface AccountStore {

    /** Accounts in key order, optionally only those of one status. */
    Page<ClientAccount> accounts(AccountStatus status, int offset, int limit);

    Optional<ClientAccount> account(String key);

    void insert(ClientAccount account);

    void update(ClientAccount account);

    List<ProjectAccountLink> linksOfProject(long projectId);

    List<ProjectAccountLink> linksOfAccount(String accountKey);

    void insertLink(ProjectAccountLink link);

    void deleteLink(long projectId, String accountKey);

    /** Makes this link the project's default and every other link of the project not. */
    void makeDefault(long projectId, String accountKey);
}
