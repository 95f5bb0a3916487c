package io.zoomoauth.adapters.persistence.support;

import io.zoomoauth.adapters.persistence.testing.JdbcDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plain JDBC beside the application, to look at (and tamper with) what is really stored. */
public final class RawSql {

    private final JdbcDatabase database;

    public RawSql(JdbcDatabase database) {
        this.database = database;
    }

    public int update(String sql, Object... parameters) {
        try (Connection connection = database.connect();
             PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Each row as column label (lower case) → value as the driver returns it (byte[] for binary columns). */
    public List<Map<String, Object>> query(String sql, Object... parameters) {
        try (Connection connection = database.connect();
             PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rs = statement.executeQuery()) {
            ResultSetMetaData meta = rs.getMetaData();
            List<Map<String, Object>> rows = new ArrayList<>();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnLabel(i).toLowerCase(), rs.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public Object single(String sql, Object... parameters) {
        List<Map<String, Object>> rows = query(sql, parameters);
        if (rows.size() != 1) {
            throw new IllegalStateException("expected one row, got " + rows.size() + " for " + sql);
        }
        return rows.get(0).values().iterator().next();
    }

    public byte[] bytes(String sql, Object... parameters) {
        return (byte[]) single(sql, parameters);
    }

    public long count(String sql, Object... parameters) {
        return ((Number) single(sql, parameters)).longValue();
    }

    /** A DATETIME(6) column as the server renders it: proves what is stored, independent of any JVM time zone. */
    public String dateTimeText(String table, String column, String keyColumn, String key) {
        Object value = single("SELECT CAST(" + column + " AS CHAR(26)) FROM " + table + " WHERE " + keyColumn + " = ?", key);
        return value == null ? null : value.toString().trim();
    }

    public void deleteAll(String... tables) {
        for (String table : tables) {
            update("DELETE FROM " + table);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
