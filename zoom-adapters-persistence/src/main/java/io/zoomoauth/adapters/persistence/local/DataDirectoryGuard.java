package io.zoomoauth.adapters.persistence.local;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

/**
 * Secures the data directory before the embedded database opens its files (the datasource's configuration exists
 * just before the pool connects), and once more when started, for the files the database created meanwhile.
 */
@Singleton
final class DataDirectoryGuard implements BeanCreatedEventListener<DatasourceConfiguration> {

    private final DataDirectory directory;

    DataDirectoryGuard(DataDirectory directory) {
        this.directory = directory;
    }

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        if (event.getBean().getUrl() != null) {
            directory.prepareEmbeddedDatabase(event.getBean().getUrl());
        }
        return event.getBean();
    }

    @EventListener
    void onStartup(StartupEvent started) {
        directory.secure();
    }
}
