package io.zoomoauth.adapters.persistence.journal;

import io.zoomoauth.domain.grant.Grant;
import io.zoomoauth.domain.grant.GrantOwner;
import io.zoomoauth.domain.grant.GrantStatus;
import io.zoomoauth.domain.grant.ZoomAccountId;
import io.zoomoauth.domain.grant.ZoomUserId;
import io.zoomoauth.domain.token.AccessToken;
import io.zoomoauth.domain.token.RefreshToken;
import io.zoomoauth.domain.token.Scopes;
import io.zoomoauth.domain.token.TokenSet;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A grant as {@code prefix.name=value} lines (values URL-encoded) and back, through the domain's validating
 * constructors. Only ever written sealed (it holds both tokens).
 */
final class GrantText {

    private GrantText() {
    }

    static void write(Grant grant, String prefix, StringBuilder out) {
        Map<String, String> fields = new LinkedHashMap<>();
        GrantOwner owner = grant.owner();
        TokenSet tokens = grant.tokens();
        fields.put("userId", owner.userId().value());
        fields.put("accountId", owner.accountId().value());
        fields.put("email", owner.email());
        fields.put("displayName", owner.displayName());
        fields.put("accessToken", tokens.accessToken().value());
        fields.put("accessTokenExpiresAt", tokens.accessTokenExpiresAt().toString());
        fields.put("refreshToken", tokens.refreshToken().value());
        fields.put("refreshTokenIssuedAt", tokens.refreshTokenIssuedAt().toString());
        fields.put("scopes", tokens.scopes().asString());
        fields.put("status", grant.status().name());
        fields.put("statusReason", grant.statusReason());
        fields.put("version", Long.toString(grant.version()));
        fields.put("connectedAt", grant.connectedAt().toString());
        grant.lastRefreshedAt().ifPresent(at -> fields.put("lastRefreshedAt", at.toString()));
        fields.forEach((name, value) -> out.append(prefix).append('.').append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('\n'));
    }

    static Map<String, String> parse(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                fields.put(line.substring(0, equals), URLDecoder.decode(line.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    static Grant read(Map<String, String> fields, String prefix) {
        GrantOwner owner = new GrantOwner(new ZoomUserId(field(fields, prefix, "userId")),
                new ZoomAccountId(field(fields, prefix, "accountId")), field(fields, prefix, "email"),
                field(fields, prefix, "displayName"));
        TokenSet tokens = new TokenSet(new AccessToken(field(fields, prefix, "accessToken")),
                Instant.parse(field(fields, prefix, "accessTokenExpiresAt")),
                new RefreshToken(field(fields, prefix, "refreshToken")),
                Instant.parse(field(fields, prefix, "refreshTokenIssuedAt")),
                Scopes.parse(field(fields, prefix, "scopes")));
        return new Grant(owner, tokens, GrantStatus.valueOf(field(fields, prefix, "status")),
                field(fields, prefix, "statusReason"), Long.parseLong(field(fields, prefix, "version")),
                Instant.parse(field(fields, prefix, "connectedAt")),
                Optional.ofNullable(fields.get(prefix + ".lastRefreshedAt")).map(Instant::parse));
    }

    private static String field(Map<String, String> fields, String prefix, String name) {
        String value = fields.get(prefix + "." + name);
        if (value == null) {
            throw new IllegalArgumentException("journal entry without " + prefix + "." + name);
        }
        return value;
    }
}
