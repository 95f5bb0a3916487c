package io.zoomoauth.domain.oauth;

import io.zoomoauth.domain.grant.AccountGrant;
import io.zoomoauth.domain.grant.ZoomAccountId;
import io.zoomoauth.domain.token.AccessToken;
import io.zoomoauth.domain.token.RefreshToken;
import io.zoomoauth.domain.token.TokenSet;
import java.net.URI;

/**
 * Out-port: Zoom's OAuth endpoints ({@code /oauth/authorize}, {@code /oauth/token}, {@code /oauth/revoke}).
 * Every method either returns or throws one of the domain's failures
 * ({@link io.zoomoauth.domain.error.DomainFailure}).
 */
public interface ZoomOAuthPort {

    /**
     * Where to send the user's browser: Zoom's consent page with {@code response_type=code}, the client id,
     * {@code redirect_uri}, {@code state} and the S256 {@code code_challenge}.
     */
    URI authorizationUri(AuthorizationState state, String s256CodeChallenge, URI redirectUri);

    /**
     * {@code grant_type=authorization_code} with the PKCE verifier.
     *
     * @throws io.zoomoauth.domain.error.AuthorizationCodeRejected on any 4xx
     */
    TokenSet exchangeCode(String code, PkceVerifier verifier, URI redirectUri);

    /**
     * {@code grant_type=refresh_token}. On success Zoom has rotated: the given refresh token is dead.
     *
     * @throws io.zoomoauth.domain.error.InvalidGrant when Zoom refuses the refresh token
     */
    TokenSet refresh(RefreshToken refreshToken);

    /** Revokes the user's grant at Zoom. */
    void revoke(AccessToken accessToken);

    /** Server-to-Server OAuth: {@code grant_type=account_credentials}. */
    AccountGrant fetchAccountToken(ZoomAccountId accountId);
}
