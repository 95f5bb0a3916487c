package io.zoomoauth.adapters.persistence.support;

import io.micronaut.context.ApplicationContext;
import io.zoomoauth.adapters.persistence.testing.JdbcDatabase;
import io.zoomoauth.domain.authorization.AuthorizationRequestStore;
import io.zoomoauth.domain.connect.ConnectSessionStore;
import io.zoomoauth.domain.connections.ProcessedEventStore;
import io.zoomoauth.domain.grant.DeletionRecords;
import io.zoomoauth.domain.grant.GrantStore;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/** An application context of this module alone, on one database, as the app would wire it. */
public final class VaultContext implements AutoCloseable {

    private final ApplicationContext context;

    private VaultContext(ApplicationContext context) {
        this.context = context;
    }

    public static VaultContext start(JdbcDatabase database, String encryptionKey, Clock clock) {
        return start(database, encryptionKey, clock, Map.of());
    }

    public static VaultContext start(JdbcDatabase database, String encryptionKey, Clock clock,
                                     Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>(database.datasourceProperties());
        properties.put("datasources.default.maximum-pool-size", 8);
        properties.put("datasources.default.minimum-idle", 1);
        if (encryptionKey != null) {
            properties.put("zoom.vault.encryption-key", encryptionKey);
        }
        properties.putAll(extra);
        ApplicationContext context = ApplicationContext.builder()
                .deduceEnvironment(false)
                .banner(false)
                .properties(properties)
                .singletons(clock)
                .start();
        return new VaultContext(context);
    }

    public GrantStore grants() {
        return context.getBean(GrantStore.class);
    }

    public AuthorizationRequestStore authorizationRequests() {
        return context.getBean(AuthorizationRequestStore.class);
    }

    public ConnectSessionStore connectSessions() {
        return context.getBean(ConnectSessionStore.class);
    }

    public ProcessedEventStore processedEvents() {
        return context.getBean(ProcessedEventStore.class);
    }

    public DeletionRecords deletionRecords() {
        return context.getBean(DeletionRecords.class);
    }

    public ApplicationContext context() {
        return context;
    }

    @Override
    public void close() {
        context.close();
    }
}
