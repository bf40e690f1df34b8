// Jira 10.3 (Active Objects plugin 6.x) — https://docs.atlassian.com/DAC/javadoc/activeobjects/plugin/current/com/atlassian/activeobjects/external/ActiveObjects.html
package com.atlassian.activeobjects.external;

import com.atlassian.sal.api.transaction.TransactionCallback;
import java.util.List;
import java.util.Map;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/** Declaration only: the members Ratecard calls. Jira's Active Objects plugin provides the implementation. */
public interface ActiveObjects {

    void migrate(Class<? extends RawEntity<?>>... entities);

    <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params);

    <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows);

    <T extends RawEntity<K>, K> T get(Class<T> type, K key);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> streamCallback);

    <K> int count(Class<? extends RawEntity<K>> type, Query query);

    void delete(RawEntity<?>... entities);

    <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    <T> T executeInTransaction(TransactionCallback<T> callback);
}
