package io.zoomoauth.domain.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokenPolicyTest {

    @Test
    void defaultsAreFiveMinutesAndThirtyDays() {
        assertThat(TokenPolicy.defaults().refreshSkew()).isEqualTo(Duration.ofMinutes(5));
        assertThat(TokenPolicy.defaults().keepAliveAge()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void refusesNegativeSkewAndKeepAliveAgeBeyondTheRefreshTokenLifetime() {
        assertThatThrownBy(() -> new TokenPolicy(Duration.ofSeconds(-1), Duration.ofDays(30)))
                .hasMessageContaining("refreshSkew");
        assertThatThrownBy(() -> new TokenPolicy(Duration.ofMinutes(5), Duration.ofDays(90)))
                .hasMessageContaining("keepAliveAge");
    }
}
