package io.zoomoauth.app.startup;

import io.micronaut.core.value.PropertyResolver;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Each Zoom app is configured completely or not at all; the URLs are absolute http(s) URLs. */
final class ZoomAppsCheck implements StartupCheck {

    private static final Map<String, String> USER_APP = Map.of(
            "ZOOM_CLIENT_ID", "zoom.oauth.client-id", "ZOOM_CLIENT_SECRET", "zoom.oauth.client-secret");
    private static final Map<String, String> S2S_APP = Map.of("ZOOM_ACCOUNT_ID", "zoom.s2s.account-id",
            "ZOOM_S2S_CLIENT_ID", "zoom.s2s.client-id", "ZOOM_S2S_CLIENT_SECRET", "zoom.s2s.client-secret");
    private static final Map<String, String> URLS = Map.of("ZOOM_REDIRECT_URI", "zoom.redirect-uri",
            "ZOOM_OAUTH_URL", "zoom.oauth.base-url", "ZOOM_API_URL", "zoom.api.base-url");

    @Override
    public List<StartupProblem> check(PropertyResolver settings) {
        List<StartupProblem> problems = new ArrayList<>();
        complete(settings, USER_APP, "the user-OAuth (General) app", problems);
        complete(settings, S2S_APP, "the Server-to-Server app", problems);
        URLS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(url -> {
            String value = StartupCheck.value(settings, url.getValue());
            if (!value.isEmpty() && !isHttpUrl(value)) {
                problems.add(new StartupProblem(url.getKey(), "is not an absolute http(s) URL; use e.g. "
                        + ("ZOOM_REDIRECT_URI".equals(url.getKey()) ? "https://your-host/oauth/callback" : "https://zoom.us")));
            }
        });
        return problems;
    }

    /** Some of an app's settings without the others is a typo or a missing variable, never intended. */
    private static void complete(PropertyResolver settings, Map<String, String> app, String what,
                                 List<StartupProblem> problems) {
        List<String> missing = app.entrySet().stream().filter(e -> StartupCheck.value(settings, e.getValue()).isEmpty())
                .map(Map.Entry::getKey).sorted().toList();
        if (!missing.isEmpty() && missing.size() < app.size()) {
            missing.forEach(variable -> problems.add(new StartupProblem(variable, "is not set, but the other settings of "
                    + what + " are; set it too (from the app's credentials page), or unset them all")));
        }
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = URI.create(value);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
