package io.zoomoauth.domain.connect;

import io.zoomoauth.domain.common.Check;
import io.zoomoauth.domain.grant.ConnectionTags;
import io.zoomoauth.domain.grant.ExternalUserId;
import java.util.Optional;

/** The organisation's backend asks for a connect link for one of its users. {@code returnTo} is checked on use. */
public record CreateConnectSessionCommand(ExternalUserId externalUserId, Optional<String> returnTo, ConnectionTags tags) {

    public CreateConnectSessionCommand {
        Check.notNull(externalUserId, "externalUserId");
        Check.notNull(returnTo, "returnTo");
        Check.notNull(tags, "tags");
    }
}
