package io.zoomoauth.adapters.persistence.crypto;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * The configured encryption keys cannot read the stored data: a start-up error, in one line, naming key ids only.
 */
public final class VaultKeysMismatch extends RuntimeException {

    public VaultKeysMismatch(Collection<String> needed, Collection<String> configured, Collection<String> wrongKey) {
        super("ZOOM_TOKEN_ENCRYPTION_KEY cannot read the stored data: it needs key id(s) " + quoted(needed)
                + "; configured: " + quoted(configured)
                + (wrongKey.isEmpty() ? "" : "; configured with a different key than the data was written with: "
                + quoted(wrongKey))
                + ". Configure the key(s) it was written with as 'keyId:base64' entries (a key given without an id is"
                + " '" + KeyRing.DEFAULT_KEY_ID + "')");
    }

    private static String quoted(Collection<String> ids) {
        return ids.isEmpty() ? "none" : ids.stream().sorted().map(id -> "'" + id + "'").collect(Collectors.joining(", "));
    }
}
