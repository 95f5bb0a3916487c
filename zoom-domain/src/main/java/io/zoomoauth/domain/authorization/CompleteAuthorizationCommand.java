package io.zoomoauth.domain.authorization;

import io.zoomoauth.domain.common.Check;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What Zoom's redirect brought back: the state we sent and either the authorization code or Zoom's error
 * (e.g. {@code access_denied}), plus the browser's binding cookie, if it sent one.
 */
public record CompleteAuthorizationCommand(String state, Optional<String> code, Optional<String> zoomError,
                                           Optional<BrowserBinding> browserBinding) {

    private static final Pattern CODE = Pattern.compile("[\\x21-\\x7E]{1,2048}");
    private static final Pattern ERROR = Pattern.compile("[A-Za-z0-9_.\\-]{1,100}");

    public CompleteAuthorizationCommand {
        Check.notNull(state, "state");
        Check.notNull(code, "code");
        Check.notNull(zoomError, "error");
        Check.notNull(browserBinding, "browserBinding");
        if (code.isPresent() == zoomError.isPresent()) {
            throw new IllegalArgumentException("the callback needs either a code or an error");
        }
        code.ifPresent(c -> Check.matches(c, CODE, "code", "1 to 2048 printable characters"));
        zoomError.ifPresent(e -> Check.matches(e, ERROR, "error", "1 to 100 letters, digits, '_', '.' or '-'"));
    }

    public static CompleteAuthorizationCommand withCode(String state, String code, Optional<BrowserBinding> binding) {
        return new CompleteAuthorizationCommand(state, Optional.ofNullable(code), Optional.empty(), binding);
    }

    public static CompleteAuthorizationCommand withError(String state, String error, Optional<BrowserBinding> binding) {
        return new CompleteAuthorizationCommand(state, Optional.empty(), Optional.ofNullable(error), binding);
    }

    @Override
    public String toString() {
        return "CompleteAuthorizationCommand[code=***]";
    }
}
