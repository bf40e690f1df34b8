package io.github.ratecard.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.java.ao.RawEntity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.StringLength;
import org.junit.Test;

/**
 * Every index of the app's tables fits the key length of each database Jira supports, measured as they count it: MySQL 8
 * in utf8mb4 (4 bytes a character, at most 3,072 bytes a key) and SQL Server (2 bytes a character in NVARCHAR, at most
 * 1,700 bytes a nonclustered key). A text column without a length is VARCHAR(255), as Active Objects makes it. An index
 * beyond a limit fails the upgrade or the install on that database, where no test of ours runs.
 */
public class IndexKeyLengthTest {

    private static final int MYSQL_KEY_BYTES = 3072;
    private static final int SQL_SERVER_KEY_BYTES = 1700;
    private static final int DEFAULT_TEXT_LENGTH = 255;

    @Test
    public void everyIndexOfTheAppsTables_shouldFitMySqlsKeyLengthInUtf8mb4() {
        List<String> tooLong = indexes().stream().filter(index -> index.bytes(4) > MYSQL_KEY_BYTES)
                .map(index -> index + ": " + index.bytes(4) + " bytes").toList();

        assertEquals(List.of(), tooLong);
    }

    @Test
    public void everyIndexOfTheAppsTables_shouldFitSqlServersKeyLength() {
        List<String> tooLong = indexes().stream().filter(index -> index.bytes(2) > SQL_SERVER_KEY_BYTES)
                .map(index -> index + ": " + index.bytes(2) + " bytes").toList();

        assertEquals(List.of(), tooLong);
    }

    @Test
    public void rollupsIndexWithAccountAndCurrency_shouldBeMeasuredBeyondMySqlsKeyLength() {
        Method[] columns = Arrays.stream(new String[] {"getKind", "getPeriodMonth", "getProjectId", "getUserKey", "getAccountKey", "getCurrency"})
                .map(name -> getter(RollupEntity.class, name)).toArray(Method[]::new);

        assertTrue(new EntityIndex(RollupEntity.class, "six keys", List.of(columns)).bytes(4) > MYSQL_KEY_BYTES);
    }

    private static List<EntityIndex> indexes() {
        List<EntityIndex> found = new ArrayList<>();
        for (Class<? extends RawEntity<?>> entity : Entities.ALL) {
            Indexes declared = entity.getAnnotation(Indexes.class);
            if (declared != null) {
                for (Index index : declared.value()) {
                    found.add(new EntityIndex(entity, index.name(), Arrays.stream(index.methodNames()).map(name -> getter(entity, name)).toList()));
                }
            }
            Arrays.stream(entity.getMethods()).filter(method -> method.isAnnotationPresent(Indexed.class))
                    .forEach(method -> found.add(new EntityIndex(entity, method.getName(), List.of(method))));
        }
        assertTrue("the app's indexes were not found", found.size() > 10);
        return found;
    }

    private static Method getter(Class<?> entity, String name) {
        try {
            return entity.getMethod(name);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(entity.getSimpleName() + " has no " + name, e);
        }
    }

    private record EntityIndex(Class<?> entity, String name, List<Method> columns) {

        int bytes(int bytesPerCharacter) {
            return columns.stream().mapToInt(column -> bytes(column, bytesPerCharacter)).sum();
        }

        private static int bytes(Method column, int bytesPerCharacter) {
            Class<?> type = column.getReturnType();
            if (type == String.class || type.isEnum()) {
                StringLength length = column.getAnnotation(StringLength.class);
                int characters = length == null ? DEFAULT_TEXT_LENGTH : length.value();
                if (characters == StringLength.UNLIMITED) {
                    throw new AssertionError(column + " is a text of unlimited length, which no database indexes");
                }
                return characters * bytesPerCharacter;
            }
            if (type == long.class || type == Long.class || type == double.class || type == java.util.Date.class) {
                return 8;
            }
            if (type == int.class || type == Integer.class) {
                return 4;
            }
            if (type == boolean.class || type == Boolean.class) {
                return 1;
            }
            throw new AssertionError(column + " has a type this test does not measure: " + type);
        }

        @Override
        public String toString() {
            return entity.getSimpleName() + "." + name + columns.stream().map(Method::getName).toList();
        }
    }
}
