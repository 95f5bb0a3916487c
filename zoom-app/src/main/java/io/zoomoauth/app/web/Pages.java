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
                <style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#222}
                a.button{display:inline-block;background:#0b5cff;color:#fff;padding:.6rem 1.2rem;border-radius:.4rem;text-decoration:none}
                .ok{color:#137333}.missing{color:#b3261e}code{background:#f3f3f3;padding:0 .2rem}</style></head>
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

    /** True when the client prefers JSON over HTML (API clients, tests), false for browsers. */
    public static boolean wantsJson(HttpRequest<?> request) {
        return request.accept().stream().findFirst().map(type -> type.matches(MediaType.APPLICATION_JSON_TYPE))
                .orElse(false);
    }
}
