package io.zoomoauth.domain.token;

import io.zoomoauth.domain.common.Check;
import java.util.Arrays;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** The scopes Zoom granted, as in the token response's space-separated {@code scope}. */
public record Scopes(Set<String> values) {

    private static final Pattern SCOPE = Pattern.compile("[A-Za-z0-9:_.\\-]{1,200}");

    public Scopes {
        Check.notNull(values, "scopes");
        TreeSet<String> sorted = new TreeSet<>();
        for (String scope : values) {
            sorted.add(Check.matches(scope, SCOPE, "scope", "letters, digits, ':', '_', '.' or '-'"));
        }
        values = Collections.unmodifiableSet(sorted);
    }

    public static Scopes parse(String spaceSeparated) {
        if (spaceSeparated == null || spaceSeparated.isBlank()) {
            return none();
        }
        return new Scopes(Set.copyOf(Arrays.asList(spaceSeparated.trim().split("[\\s,]+"))));
    }

    public static Scopes none() {
        return new Scopes(Set.of());
    }

    public boolean contains(String scope) {
        return values.contains(scope);
    }

    /** The space-separated form Zoom uses. */
    public String asString() {
        return String.join(" ", values);
    }
}
