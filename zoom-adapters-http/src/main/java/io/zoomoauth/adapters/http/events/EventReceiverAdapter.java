package io.zoomoauth.adapters.http.events;

import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClientRegistry;
import io.micronaut.http.client.LoadBalancer;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.zoomoauth.adapters.http.support.ZoomErrorTranslator;
import io.zoomoauth.domain.events.DeliveryAnswer;
import io.zoomoauth.domain.events.EventReceiverPort;
import io.zoomoauth.domain.events.EventDelivery;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Duration;

/**
 * Signs events with {@code zoom.events.secret} and POSTs them to {@code zoom.events.url} with the Micronaut HTTP client: no redirects followed, an answer
 * within {@code zoom.events.timeout} or it counts as none. Exists only when a receiver URL is configured.
 */
@Singleton
@Requires(property = "zoom.events.url", pattern = "https?://.+")
final class EventReceiverAdapter implements EventReceiverPort {

    private final BlockingHttpClient client;
    private final URI url;
    private final Duration timeout;
    private final EventSignature signature;

    EventReceiverAdapter(HttpClientRegistry<?> registry, BeanContext beanContext,
                         @Value("${zoom.events.url}") URI url, @Value("${zoom.events.secret:}") String secret,
                         @Value("${zoom.events.timeout:10s}") Duration timeout,
                         @Value("${zoom.events.concurrency:4}") int concurrency) {
        this.url = url;
        this.timeout = timeout;
        this.signature = new EventSignature(secret);
        DefaultHttpClientConfiguration configuration = new DefaultHttpClientConfiguration();
        configuration.setConnectTimeout(timeout);
        configuration.setReadTimeout(timeout);
        configuration.setFollowRedirects(false);
        configuration.getConnectionPoolConfiguration().setMaxConcurrentHttp1Connections(Math.max(1, concurrency));
        this.client = registry.resolveClient(null, LoadBalancer.empty(), configuration, beanContext).toBlocking();
    }

    @Override
    public DeliveryAnswer post(EventDelivery delivery) {
        MutableHttpRequest<byte[]> request = HttpRequest.POST(url, delivery.body())
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .header("X-Event-Id", delivery.eventId())
                .header("X-Event-Timestamp", Long.toString(delivery.timestamp()))
                .header("X-Event-Signature", signature.sign(delivery.timestamp(), delivery.body()));
        try {
            return DeliveryAnswer.status(client.exchange(request).code());
        } catch (HttpClientResponseException answered) {
            return DeliveryAnswer.status(answered.code());
        } catch (HttpClientException noAnswer) {
            String problem = ZoomErrorTranslator.transportProblem(noAnswer);
            return DeliveryAnswer.noAnswer(problem.equals("read timeout")
                    ? "no answer within " + timeout.toMillis() + " ms" : problem);
        }
    }

    @Override
    public String toString() {
        return "EventReceiverAdapter[" + url.getScheme() + "://" + url.getHost() + "]";
    }
}
