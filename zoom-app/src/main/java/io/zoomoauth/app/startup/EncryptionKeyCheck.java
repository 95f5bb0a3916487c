package io.zoomoauth.app.startup;

import io.micronaut.core.value.PropertyResolver;
import io.zoomoauth.adapters.persistence.crypto.EncryptionKeyInvalid;
import io.zoomoauth.adapters.persistence.crypto.KeyRing;
import java.util.List;

/** The token encryption key ring parses (base64, not hex); it may be absent only on the embedded database. */
final class EncryptionKeyCheck implements StartupCheck {

    static final String VARIABLE = "ZOOM_TOKEN_ENCRYPTION_KEY";

    @Override
    public List<StartupProblem> check(PropertyResolver settings) {
        String configured = StartupCheck.value(settings, "zoom.vault.encryption-key");
        if (configured.isEmpty()) {
            return StartupCheck.embeddedDatabase(settings) ? List.of() : List.of(new StartupProblem(VARIABLE,
                    "is not set, and a MySQL database needs it; set it to `openssl rand -base64 32` (and keep it safe)"));
        }
        try {
            KeyRing.parse(configured);
            return List.of();
        } catch (EncryptionKeyInvalid invalid) {
            return List.of(of(invalid));
        }
    }

    /** The exception's message already starts with the variable's name. */
    static StartupProblem of(RuntimeException keyProblem) {
        String message = keyProblem.getMessage();
        return new StartupProblem(VARIABLE, message.startsWith(VARIABLE + " ")
                ? message.substring(VARIABLE.length() + 1) : message);
    }
}
