package io.zoomoauth.fake;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The next refresh Zoom answers late: the fake rotates the refresh token at once (the old one is dead from then
 * on), then holds its answer until the test {@linkplain #release() releases} it. Arm it with
 * {@link FakeZoom#answerNextRefreshLate()}.
 */
public final class LateAnswer {

    private final CountDownLatch rotated = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    LateAnswer() {
    }

    /** Waits until the fake has rotated and is holding its answer. */
    public void awaitRotated(Duration timeout) throws InterruptedException {
        if (!rotated.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("no refresh reached the fake within " + timeout);
        }
    }

    /** Lets the held answer go out. */
    public void release() {
        released.countDown();
    }

    /** Called by the fake after rotating; gives up after a minute so a broken test cannot hang the fake forever. */
    void holdAnswer() {
        rotated.countDown();
        try {
            released.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
