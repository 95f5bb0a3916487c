package io.zoomoauth.adapters.persistence.crypto;

/** The token encryption key is missing or malformed: a start-up error. Never carries key material. */
public final class EncryptionKeyInvalid extends RuntimeException {

    static final String HOW_TO = "Set ZOOM_TOKEN_ENCRYPTION_KEY (property zoom.vault.encryption-key) to a base64-encoded"
            + " 32-byte AES-256 key (e.g. the output of `openssl rand -base64 32`), or to a key ring"
            + " 'keyId:base64,keyId:base64' whose first key encrypts new values.";

    public EncryptionKeyInvalid(String problem) {
        super("ZOOM_TOKEN_ENCRYPTION_KEY " + problem + ". " + HOW_TO);
    }

    EncryptionKeyInvalid(String problem, Throwable cause) {
        super("ZOOM_TOKEN_ENCRYPTION_KEY " + problem + ". " + HOW_TO, cause);
    }
}
