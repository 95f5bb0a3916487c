package io.zoomoauth.adapters.persistence.crypto;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the key ring at start-up ({@link Context}: a missing or malformed key stops the application before it
 * serves anything). Only the embedded H2 database may run without a configured key.
 */
@Factory
final class KeyRingFactory {

    private static final Logger LOG = LoggerFactory.getLogger(KeyRingFactory.class);

    @Context
    @Singleton
    KeyRing keyRing(VaultProperties properties, @Value("${datasources.default.url:}") String datasourceUrl) {
        String configured = properties.encryptionKey();
        if (configured != null && !configured.isBlank()) {
            KeyRing ring = KeyRing.parse(configured);
            LOG.info("Token encryption: active key id '{}', {} key(s) readable", ring.active().id(), ring.keyIds().size());
            return ring;
        }
        if (!datasourceUrl.startsWith("jdbc:h2:")) {
            throw new EncryptionKeyInvalid("is not set (required for every database but the embedded H2 default)");
        }
        EmbeddedKeyFile keyFile = new EmbeddedKeyFile(properties.dataDir());
        EmbeddedKeyFile.Loaded loaded = keyFile.loadOrCreate(new SecureRandom());
        LOG.warn("""

                *************************************************************************************
                ZOOM_TOKEN_ENCRYPTION_KEY is not set: tokens are encrypted with a key {} in {}.
                This is for local use with the embedded database ONLY. Anyone who can read that file
                can decrypt the stored Zoom tokens. Set ZOOM_TOKEN_ENCRYPTION_KEY in production.
                *************************************************************************************""",
                loaded.created() ? "generated now" : "generated earlier", keyFile.path().toAbsolutePath());
        try {
            if (!keyFile.isOwnerOnly()) {
                LOG.warn("The embedded token encryption key file {} is readable by other users", keyFile.path());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return loaded.keyRing();
    }

    @Singleton
    FieldCipher fieldCipher(KeyRing keyRing) {
        return new FieldCipher(keyRing, new SecureRandom());
    }
}
