package io.zoomoauth.app.ops;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;

/**
 * The bearer keys that open the management details ({@code /health} details, {@code /prometheus}), configured
 * with {@code ZOOM_MANAGEMENT_KEYS}. Separate from the API keys: a metrics scraper must not be able to act for
 * users. None configured means the details are served to nobody on the public port.
 */
@Singleton
public class ManagementKeys {

    private final List<byte[]> digests;

    public ManagementKeys(@Nullable @Value("${zoom.management-keys:}") String configured) {
        List<String> keys = configured == null ? List.of() : Arrays.stream(configured.split(","))
                .map(String::trim).filter(key -> !key.isEmpty()).toList();
        for (String key : keys) {
            if (key.length() < ApiKeys.MIN_KEY_LENGTH) {
                throw new ConfigurationException("ZOOM_MANAGEMENT_KEYS: every key must be at least "
                        + ApiKeys.MIN_KEY_LENGTH + " characters long");
            }
        }
        this.digests = keys.stream().map(ApiKeys::digest).toList();
    }

    public boolean configured() {
        return !digests.isEmpty();
    }

    public boolean accepts(String presented) {
        return ApiKeys.anyMatches(digests, presented);
    }
}
