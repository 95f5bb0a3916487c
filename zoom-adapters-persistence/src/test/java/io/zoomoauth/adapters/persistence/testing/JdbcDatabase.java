package io.zoomoauth.adapters.persistence.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One database (schema) a test may use: how to reach it, and the application properties that point the
 * {@code default} datasource and its Flyway migrations at it.
 */
public record JdbcDatabase(String url, String username, String password, String driverClassName) {

    public boolean isH2() {
        return url.startsWith("jdbc:h2:");
    }

    /**
     * {@code datasources.default.*} (Hikari) and {@code flyway.datasources.default.enabled=true}, ready for
     * {@code ApplicationContext.builder().properties(...)}.
     */
    public Map<String, Object> datasourceProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("datasources.default.url", url);
        properties.put("datasources.default.username", username);
        properties.put("datasources.default.password", password);
        properties.put("datasources.default.driver-class-name", driverClassName);
        properties.put("datasources.default.dialect", "MYSQL");
        properties.put("flyway.datasources.default.enabled", true);
        return properties;
    }

    /** A plain JDBC connection, for raw SQL checks outside the application (the caller closes it). */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, username, password);
    }

    @Override
    public String toString() {
        return "JdbcDatabase[" + url + "]";
    }
}
