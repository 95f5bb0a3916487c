package io.zoomoauth.fake;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Zoom's paging for every list: {@code page_size} (default 30, clamped to 1–300), an opaque
 * {@code next_page_token} ("" on the last page), {@code total_records}, and the items under the list's own key.
 * A {@code page_size} or token Zoom could not read is a 400 with code 300, as at Zoom.
 */
final class FakePaging {

    private FakePaging() {
    }

    static void answer(FakeExchange exchange, String key, List<Map<String, Object>> all) {
        Map<String, String> query = exchange.query();
        int pageSize;
        int offset;
        try {
            pageSize = Math.max(1, Math.min(Integer.parseInt(query.getOrDefault("page_size", "30")), 300));
        } catch (NumberFormatException e) {
            exchange.json(400, FakeApi.validationError("page_size", "Invalid field."));
            return;
        }
        try {
            offset = query.containsKey("next_page_token") ? offsetOf(query.get("next_page_token")) : 0;
        } catch (IllegalArgumentException e) {
            exchange.json(400, FakeApi.validationError("next_page_token", "Invalid field."));
            return;
        }
        int end = Math.min(all.size(), offset + pageSize);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("page_size", pageSize);
        page.put("total_records", all.size());
        page.put("next_page_token", end < all.size() ? pageToken(end) : "");
        page.put(key, offset >= all.size() ? List.of() : all.subList(offset, end));
        exchange.json(200, page);
    }

    private static String pageToken(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("offset:" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int offsetOf(String token) {
        String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        if (!decoded.startsWith("offset:")) {
            throw new IllegalArgumentException("not a page token");
        }
        return Integer.parseInt(decoded.substring(7));
    }
}
