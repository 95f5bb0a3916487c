package io.zoomoauth.domain.common;

import java.security.SecureRandom;

/** Randomness for states, PKCE verifiers, lease owners and jitter; injectable so tests are repeatable. */
public interface RandomSource {

    void nextBytes(byte[] bytes);

    /** A value in [0, 1), used for retry jitter only. */
    double nextDouble();

    static RandomSource secure() {
        SecureRandom random = new SecureRandom();
        return new RandomSource() {
            @Override
            public void nextBytes(byte[] bytes) {
                random.nextBytes(bytes);
            }

            @Override
            public double nextDouble() {
                return random.nextDouble();
            }
        };
    }
}
