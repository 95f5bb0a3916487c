package io.zoomoauth.app.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;

/** The few small HTML pages a person sees; every dynamic value is escaped. */
public final class Pages {

    private Pages() {
    }

    public static MutableHttpResponse<String> page(HttpStatus status, String title, String bodyHtml) {
        String html = """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
                <title>%s</title>
                <link rel="stylesheet" href="/assets/page.css"></head>
                <body><h1>%s</h1>
                %s
                </body></html>
                """.formatted(escape(title), escape(title), bodyHtml);
        return HttpResponse.<String>status(status).contentType(MediaType.TEXT_HTML_TYPE).body(html);
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * True only when the client explicitly prefers JSON over HTML: the most preferred concrete type in Accept is
     * JSON. Wildcards ({@code *}{@code /*}, curl's default) decide nothing, so they get the page.
     */
    public static boolean wantsJson(HttpRequest<?> request) {
        for (MediaType type : request.accept()) {
            String subtype = type.getSubtype();
            if (subtype.equals("json") || subtype.endsWith("+json")) {
                return true;
            }
            if (subtype.equals("html") || subtype.equals("xhtml+xml")) {
                return false;
            }
        }
        return false;
    }
}
