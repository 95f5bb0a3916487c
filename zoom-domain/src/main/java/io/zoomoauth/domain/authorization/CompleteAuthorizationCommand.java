package io.zoomoauth.domain.authorization;

import io.zoomoauth.domain.common.Check;
import java.util.regex.Pattern;

/** What Zoom's redirect brought back: the state we sent and the authorization code. */
public record CompleteAuthorizationCommand(String state, String code) {

    private static final Pattern CODE = Pattern.compile("[\\x21-\\x7E]{1,2048}");

    public CompleteAuthorizationCommand {
        Check.notNull(state, "state");
        Check.matches(code, CODE, "code", "1 to 2048 printable characters");
    }

    @Override
    public String toString() {
        return "CompleteAuthorizationCommand[code=***]";
    }
}
