package io.zoomoauth.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.zoomoauth.domain.grant.ZoomAccountId;
import io.zoomoauth.domain.grant.ZoomUserId;
import io.zoomoauth.domain.idempotency.IdempotencyKey;
import io.zoomoauth.domain.idempotency.RequestFingerprint;
import io.zoomoauth.domain.listings.PageQuery;
import io.zoomoauth.domain.token.AccessToken;
import io.zoomoauth.domain.token.RefreshToken;
import io.zoomoauth.domain.users.ZoomUserRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The shape checks run on every request are character loops; the regular expressions they replaced are kept here
 * as their specification. Each check must agree with its expression on edge cases and on many near-miss inputs
 * (valid examples with characters replaced, inserted and removed).
 */
class ShapeChecksMatchTheirRegexTest {

    /** Every character the expressions single out, plus space, control, non-ASCII letters and digits. */
    private static final String ALPHABET = "aZm09_-.~=+/%@:TZ \t\u0000\u007F\u00E9\u0661\u00A0xyzABC!\"'(),;";

    private static void agree(String regex, Predicate<String> check, List<String> examples) {
        Pattern pattern = Pattern.compile(regex);
        Random random = new Random(13);
        List<String> candidates = new ArrayList<>(examples);
        candidates.addAll(List.of("", "a", "-", "_", " ", "a b", "\u00E9", "\u0661", "me"));
        for (String example : examples) {
            for (int i = 0; i < 3000; i++) {
                candidates.add(mutate(example, random));
            }
        }
        for (int i = 0; i < 3000; i++) {
            candidates.add(randomString(random, random.nextInt(80)));
        }
        for (String candidate : candidates) {
            assertThat(check.test(candidate)).as("%s on \"%s\"", regex, candidate)
                    .isEqualTo(pattern.matcher(candidate).matches());
        }
    }

    private static String mutate(String example, Random random) {
        StringBuilder value = new StringBuilder(example);
        for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
            int at = value.length() == 0 ? 0 : random.nextInt(value.length());
            char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            switch (random.nextInt(3)) {
                case 0 -> value.insert(at, c);
                case 1 -> {
                    if (value.length() > 0) {
                        value.deleteCharAt(at);
                    }
                }
                default -> {
                    if (value.length() > 0) {
                        value.setCharAt(at, c);
                    }
                }
            }
        }
        return value.toString();
    }

    private static String randomString(Random random, int length) {
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < length; i++) {
            value.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return value.toString();
    }

    private static Predicate<String> accepted(Consumer<String> construct) {
        return candidate -> {
            try {
                construct.accept(candidate);
                return true;
            } catch (IllegalArgumentException refused) {
                return false;
            }
        };
    }

    @Test
    void zoomIds() {
        List<String> examples = List.of("KdYKjnimT4KPd8FFgQt9FQ", "a".repeat(64), "b".repeat(65), "x_-9");
        agree("[A-Za-z0-9_\\-]{1,64}", ZoomUserId::isValid, examples);
        agree("[A-Za-z0-9_\\-]{1,64}", accepted(ZoomAccountId::new), examples);
    }

    @Test
    void userReferences() {
        agree("me|[A-Za-z0-9_\\-]{1,64}|[A-Za-z0-9._%+\\-]{1,64}@[A-Za-z0-9.\\-]{1,253}\\.[A-Za-z]{2,63}",
                ZoomUserRef::isPlausible, List.of("ada.lovelace+zoom@example.co.uk", "a@b.cd", "x%y@sub-1.example.org",
                        "l".repeat(64) + "@" + "h".repeat(253) + ".io", "l".repeat(65) + "@h.io",
                        "a@" + "h".repeat(254) + ".io", "a@h." + "t".repeat(63), "a@h." + "t".repeat(64), "a@.io",
                        "a@b.c.d.e", "@b.io", "a@b@c.io"));
    }

    @Test
    void tokens() {
        List<String> examples = List.of("eyJzdiI6IjAwMDAwMSIsImFsZyI6IkhTNTEyIn0.eyJ~!#$%&'()*+,/:;<=>?@[]^`{|}",
                "t".repeat(4096), "t".repeat(4097));
        agree("[\\x21-\\x7E]{1,4096}", accepted(AccessToken::new), examples);
        agree("[\\x21-\\x7E]{1,4096}", accepted(RefreshToken::new), examples);
    }

    @Test
    void pagingTokens() {
        agree("[A-Za-z0-9_\\-.~=+/]{1,512}", accepted(token -> new PageQuery(java.util.Optional.empty(),
                java.util.Optional.of(token))), List.of("IAfJX3jsOLW7w3dokmFl84zOa0MAVGyMEB2", "a/b+c=d~e.f_g-h",
                "p".repeat(512), "p".repeat(513)));
    }

    @Test
    void idempotencyKeys() {
        // The expression, and at most 255 characters (checked before it).
        agree("(?s)(?=.{1,255}\\z)[\\x21-\\x7E]([\\x20-\\x7E]*[\\x21-\\x7E])?", accepted(IdempotencyKey::new),
                List.of("order 42 / attempt 1", "k", "!~", " k", "k ", "k".repeat(255)));
    }

    @Test
    void fingerprints() {
        String hex = RequestFingerprint.of("POST /users/me/meetings", new byte[] {1, 2}).hex();
        agree("[0-9a-f]{64}", accepted(RequestFingerprint::new), List.of(hex, hex.toUpperCase(), hex + "0"));
    }
}
