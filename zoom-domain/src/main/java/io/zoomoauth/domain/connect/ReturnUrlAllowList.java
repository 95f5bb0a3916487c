package io.zoomoauth.domain.connect;

import io.zoomoauth.domain.common.Check;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a connect session may send the browser back to: URLs under one of the configured prefixes. Scheme, host
 * and port must match exactly; the path must equal the prefix's or continue it after a whole segment
 * ({@code /zoom} allows {@code /zoom/done}, not {@code /zoomed}). No user info, no fragment: never an open redirect.
 */
public final class ReturnUrlAllowList {

    private static final int MAX_LENGTH = 2048;

    private final List<URI> prefixes;

    public ReturnUrlAllowList(List<String> prefixes) {
        Check.notNull(prefixes, "prefixes");
        this.prefixes = prefixes.stream().map(String::trim).filter(p -> !p.isEmpty())
                .map(p -> parse(p).filter(uri -> uri.getRawQuery() == null).orElseThrow(() -> new IllegalArgumentException(
                        "ZOOM_CONNECT_RETURN_URLS entries must be absolute http(s) URLs without query or fragment")))
                .toList();
    }

    public boolean isEmpty() {
        return prefixes.isEmpty();
    }

    /** The URL, when it is allowed. */
    public Optional<URI> allowed(String candidate) {
        if (candidate == null || candidate.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        return parse(candidate).filter(url -> prefixes.stream().anyMatch(prefix -> covers(prefix, url)));
    }

    private static boolean covers(URI prefix, URI url) {
        if (!prefix.getScheme().equalsIgnoreCase(url.getScheme()) || !prefix.getHost().equalsIgnoreCase(url.getHost())
                || port(prefix) != port(url)) {
            return false;
        }
        String base = prefix.getRawPath().isEmpty() ? "/" : prefix.getRawPath();
        String path = url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        if (base.endsWith("/")) {
            return path.startsWith(base);
        }
        return path.equals(base) || path.startsWith(base + "/");
    }

    private static Optional<URI> parse(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String path = uri.getRawPath() == null ? "" : uri.getRawPath().toLowerCase(Locale.ROOT);
            boolean ok = uri.isAbsolute() && !uri.isOpaque() && (scheme.equals("https") || scheme.equals("http"))
                    && uri.getHost() != null && uri.getRawUserInfo() == null && uri.getRawFragment() == null
                    // dot segments (also encoded) could climb out of the allowed path
                    && !path.contains("/..") && !path.contains("%2e") && !path.contains("%2f") && !path.contains("%5c");
            return ok ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }
}
