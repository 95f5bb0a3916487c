package io.zoomoauth.app.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.zoomoauth.app.config.ServiceSettings;
import io.zoomoauth.domain.authorization.AuthorizationRequest;
import io.zoomoauth.domain.authorization.BrowserBinding;
import io.zoomoauth.domain.common.RandomSource;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * The cookie that binds a flow to the browser that started it. HttpOnly; SameSite=Lax, so it comes along on Zoom's
 * top-level redirect back but not on cross-site subrequests; Secure when the redirect URI is https. A browser keeps
 * one value for all its flows, so a second tab or a double click does not break the first.
 */
@Singleton
public class BrowserBindingCookie {

    static final String NAME = "zoom_oauth_browser";

    private final RandomSource random;
    private final boolean secure;

    public BrowserBindingCookie(RandomSource random, ServiceSettings settings) {
        this.random = random;
        this.secure = "https".equalsIgnoreCase(settings.redirectUri().getScheme());
    }

    public Optional<BrowserBinding> read(HttpRequest<?> request) {
        return request.getCookies().findCookie(NAME).map(Cookie::getValue).filter(BrowserBinding::isWellFormed)
                .map(BrowserBinding::new);
    }

    public BrowserBinding reuseOrCreate(HttpRequest<?> request) {
        return read(request).orElseGet(() -> BrowserBinding.random(random));
    }

    public <T> MutableHttpResponse<T> attach(MutableHttpResponse<T> response, BrowserBinding binding) {
        return response.cookie(Cookie.of(NAME, binding.value()).httpOnly(true).sameSite(SameSite.Lax).secure(secure)
                .path("/").maxAge(AuthorizationRequest.VALIDITY));
    }
}
