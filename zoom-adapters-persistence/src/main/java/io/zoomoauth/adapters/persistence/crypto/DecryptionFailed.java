package io.zoomoauth.adapters.persistence.crypto;

/**
 * A stored ciphertext could not be opened: tampered with, moved from another row or column, or written under
 * a key that is not (or no longer) in the key ring. The message names the column and the key id only.
 */
public final class DecryptionFailed extends RuntimeException {

    DecryptionFailed(String field, String reason) {
        super("Cannot decrypt " + field + ": " + reason);
    }
}
