package io.zoomoauth.domain.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.zoomoauth.domain.common.Chars;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The proxy's checks run on every proxied request are character loops; the regular expressions they replaced are
 * their specification here, compared on edge cases and on many mutations of real paths and queries.
 */
class ProxyShapeChecksMatchTheirRegexTest {

    private static final String ALPHABET = "az_AZ09-._~@+=,%/\\?#&!$'()*;: \t\u0000\u007F\u00E9fF";

    private static void agree(String regex, boolean find, Predicate<String> check, List<String> examples) {
        Pattern pattern = Pattern.compile(regex);
        Random random = new Random(7);
        List<String> candidates = new ArrayList<>(examples);
        candidates.addAll(List.of("", "a", "%", "%4", "%4g", "%41", "_a", "a_", "&", "&&"));
        for (String example : examples) {
            for (int i = 0; i < 4000; i++) {
                StringBuilder mutated = new StringBuilder(example);
                for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                    char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
                    int at = mutated.length() == 0 ? 0 : random.nextInt(mutated.length());
                    switch (random.nextInt(3)) {
                        case 0 -> mutated.insert(at, c);
                        case 1 -> { if (mutated.length() > 0) { mutated.setCharAt(at, c); } }
                        default -> { if (mutated.length() > 0) { mutated.deleteCharAt(at); } }
                    }
                }
                candidates.add(mutated.toString());
            }
        }
        for (String candidate : candidates) {
            boolean expected = find ? pattern.matcher(candidate).find() : pattern.matcher(candidate).matches();
            assertThat(check.test(candidate)).as("'%s' against %s", candidate, regex).isEqualTo(expected);
        }
    }

    @Test
    void rawPathSegments() {
        agree("(?:[A-Za-z0-9\\-._~@+=,]|%[0-9A-Fa-f]{2})+", false, ZoomApiPath::isRawSegment,
                List.of("meetings", "a%2Bb%40example.com", "%252Fabc%3D%3D", "past_webinars", "ab~c.d-e"));
    }

    @Test
    void collectionWords() {
        agree("[a-z][a-z_]{0,39}", false, ZoomApiPath::isWord,
                List.of("meetings", "past_webinars", "a", "abcdefghijabcdefghijabcdefghijabcdefghij"));
    }

    @Test
    void queries() {
        agree("[A-Za-z0-9\\-._~!$&'()*+,;=:@/?%]*", false, query -> Chars.all(query, 0, Integer.MAX_VALUE,
                ProxyRequest.QUERY), List.of("page_size=30&next_page_token=abc", "from=2026-11-01&to=2026-11-30"));
        agree("(?i)(^|&)access_token=", true, ProxyRequest::carriesAccessToken,
                List.of("access_token=x", "a=1&ACCESS_TOKEN=x", "my_access_token=x", "a=1&access_token"));
    }
}
