package io.zoomoauth.domain.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ScopesTest {

    @Test
    void parsesZoomsSpaceSeparatedScope() {
        Scopes scopes = Scopes.parse("user:read:user meeting:write:meeting  meeting:read:meeting");
        assertThat(scopes.values()).containsExactly("meeting:read:meeting", "meeting:write:meeting", "user:read:user");
        assertThat(scopes.contains("meeting:write:meeting")).isTrue();
        assertThat(scopes.asString()).isEqualTo("meeting:read:meeting meeting:write:meeting user:read:user");
    }

    @Test
    void blankScopeIsEmpty() {
        assertThat(Scopes.parse(" ").values()).isEmpty();
        assertThat(Scopes.parse(null).values()).isEmpty();
    }

    @Test
    void refusesScopesWithOddCharacters() {
        assertThatThrownBy(() -> new Scopes(Set.of("meeting<script>"))).hasMessageContaining("scope");
    }

    @Test
    void isImmutable() {
        Scopes scopes = Scopes.parse("a b");
        assertThatThrownBy(() -> scopes.values().add("c")).isInstanceOf(UnsupportedOperationException.class);
    }
}
