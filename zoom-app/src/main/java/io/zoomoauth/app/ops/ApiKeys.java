package io.zoomoauth.app.ops;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.zoomoauth.adapters.persistence.local.DataDirectory;
import io.zoomoauth.app.config.ServiceSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bearer keys accepted on {@code /api/**}. Configured with {@code ZOOM_API_KEYS}; on the embedded default
 * database only, one key is generated, kept under the data directory and printed when it is created — the
 * only secret this service ever prints. Comparison is constant-time over SHA-256 digests of every key.
 */
@Context
public class ApiKeys {

    private static final Logger LOG = LoggerFactory.getLogger(ApiKeys.class);
    public static final int MIN_KEY_LENGTH = 16;

    private final List<byte[]> digests;
    private final String source;

    public ApiKeys(ServiceSettings settings, @Value("${datasources.default.url:}") String jdbcUrl,
                   @Value("${zoom.vault.data-dir:./data}") String dataDir) {
        List<String> configured = settings.apiKeysOrEmpty();
        if (!configured.isEmpty()) {
            for (String key : configured) {
                if (key.length() < MIN_KEY_LENGTH) {
                    throw new ConfigurationException("ZOOM_API_KEYS: every key must be at least " + MIN_KEY_LENGTH
                            + " characters long");
                }
            }
            this.digests = configured.stream().map(ApiKeys::digest).toList();
            this.source = configured.size() + " key(s) from ZOOM_API_KEYS";
        } else if (jdbcUrl == null || jdbcUrl.isBlank() || jdbcUrl.startsWith("jdbc:h2:")) {
            this.digests = List.of(digest(generatedKey(Path.of(dataDir))));
            this.source = "a generated key kept in " + Path.of(dataDir).resolve("api-key");
        } else {
            throw new ConfigurationException("ZOOM_API_KEYS is not set: with a production database the service "
                    + "needs at least one API key for /api/** (comma-separated, 16+ characters each)");
        }
    }

    public boolean accepts(String presented) {
        return anyMatches(digests, presented);
    }

    /** Constant-time over every key: the answer's timing tells nothing about which key, or how much of it, matched. */
    static boolean anyMatches(List<byte[]> digests, String presented) {
        byte[] candidate = digest(presented);
        boolean match = false;
        for (byte[] known : digests) {
            match |= MessageDigest.isEqual(known, candidate);
        }
        return match;
    }

    public String describe() {
        return source;
    }

    private static String generatedKey(Path dataDir) {
        Path file = dataDir.resolve("api-key");
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).trim();
            }
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String key = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            DataDirectory.writeOwnerOnly(file, key + "\n");
            LOG.warn("No ZOOM_API_KEYS configured: generated an API key for local use, kept in {}. "
                    + "Call /api/** with 'Authorization: Bearer {}'. It is printed only this once.", file, key);
            return key;
        } catch (IOException e) {
            throw new ConfigurationException("Cannot create the local API key under " + dataDir + ": " + e.getMessage());
        }
    }

    static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
