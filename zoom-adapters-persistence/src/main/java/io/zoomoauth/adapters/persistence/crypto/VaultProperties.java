package io.zoomoauth.adapters.persistence.crypto;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.nio.file.Path;

/**
 * {@code zoom.vault.*}.
 *
 * @param encryptionKey the key ring ({@code ZOOM_TOKEN_ENCRYPTION_KEY}); see {@link KeyRing#parse}
 * @param dataDir       where the embedded H2 database keeps a generated key when none is configured
 */
@ConfigurationProperties("zoom.vault")
public record VaultProperties(@Nullable String encryptionKey, @Bindable(defaultValue = "./data") Path dataDir) {

    @Override
    public String toString() {
        return "VaultProperties[encryptionKey=" + (encryptionKey == null ? "<unset>" : "***") + ", dataDir=" + dataDir + "]";
    }
}
