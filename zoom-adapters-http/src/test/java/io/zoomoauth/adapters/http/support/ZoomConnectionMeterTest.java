package io.zoomoauth.adapters.http.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.exceptions.HttpClientException;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** The handler on each client connection: strips the mark, reports the wait, counts the connection while in use. */
class ZoomConnectionMeterTest {

    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    /** One connection at most, so a single marked request fills the pool. */
    private final ZoomConnectionMeter meter = new ZoomConnectionMeter(List.of(new ZoomCallObserver() {
        @Override
        public void attempted(String method, String pathTemplate, int status, Duration duration) {
        }

        @Override
        public void waitedForConnection(Duration waited) {
            waits.add(waited);
        }
    }), new ZoomHttpProperties(Duration.ofSeconds(5), Duration.ofSeconds(10), 2, Duration.ofMillis(200), 1,
            Duration.ofMillis(500), 10));

    private static HttpRequest request(String issuedNanos) {
        HttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/v2/users/me");
        if (issuedNanos != null) {
            request.headers().set(ZoomConnectionMeter.ISSUED, issuedNanos);
        }
        return request;
    }

    @Test
    void aMarkedRequest_leavesWithoutTheMark_andKeepsItsConnectionInUseUntilTheAnswerEnds() {
        EmbeddedChannel connection = new EmbeddedChannel(meter.handler());

        connection.writeOutbound(request(Long.toString(System.nanoTime())));

        HttpRequest sent = connection.readOutbound();
        assertThat(sent.headers().contains(ZoomConnectionMeter.ISSUED)).isFalse();
        assertThat(meter.inUse()).isEqualTo(1);
        assertThat(waits).hasSize(1).allSatisfy(waited -> assertThat(waited.isNegative()).isFalse());

        connection.writeInbound(new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK));
        assertThat(meter.inUse()).isEqualTo(1);
        connection.writeInbound(LastHttpContent.EMPTY_LAST_CONTENT);
        assertThat(meter.inUse()).isZero();
        connection.finishAndReleaseAll();
    }

    @Test
    void aConnectionClosedBeforeTheAnswerEnds_isNoLongerInUse() {
        EmbeddedChannel connection = new EmbeddedChannel(meter.handler());
        connection.writeOutbound(request(Long.toString(System.nanoTime())));
        assertThat(meter.inUse()).isEqualTo(1);

        connection.close();

        assertThat(meter.inUse()).isZero();
    }

    @Test
    void requestsOfOtherClients_areNeitherChangedNorCounted() {
        EmbeddedChannel connection = new EmbeddedChannel(meter.handler());

        connection.writeOutbound(request(null));
        connection.writeInbound(LastHttpContent.EMPTY_LAST_CONTENT);

        assertThat(meter.inUse()).isZero();
        assertThat(waits).isEmpty();
        connection.finishAndReleaseAll();
    }

    @Test
    void theWaitRunningOutIsABusyPoolOnlyWhileEveryConnectionIsInUse() {
        TimeoutException waitRanOut = new TimeoutException();
        assertThat(meter.refusedForBusyPool(waitRanOut)).as("room in the pool: a new connection was being opened")
                .isFalse();

        EmbeddedChannel connection = new EmbeddedChannel(meter.handler());
        connection.writeOutbound(request(Long.toString(System.nanoTime())));

        assertThat(meter.refusedForBusyPool(new HttpClientException("wrapped", waitRanOut))).isTrue();
        connection.finishAndReleaseAll();
    }

    @Test
    void tooManyWaitingIsABusyPoolEvenWhileConnectionsAreStillOpening() {
        assertThat(meter.refusedForBusyPool(new HttpClientException(
                "Cannot acquire connection, exceeded max pending acquires configuration"))).isTrue();
        assertThat(meter.refusedForBusyPool(new HttpClientException("Connect Error: refused"))).isFalse();
    }

    @Test
    void aMalformedMark_isStrippedButNotMeasured() {
        EmbeddedChannel connection = new EmbeddedChannel(meter.handler());

        connection.writeOutbound(request("not-a-number"));

        HttpRequest sent = connection.readOutbound();
        assertThat(sent.headers().contains(ZoomConnectionMeter.ISSUED)).isFalse();
        assertThat(waits).isEmpty();
        connection.finishAndReleaseAll();
    }
}
