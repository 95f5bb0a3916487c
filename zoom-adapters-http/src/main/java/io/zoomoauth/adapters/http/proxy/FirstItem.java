package io.zoomoauth.adapters.http.proxy;

import java.util.concurrent.CompletableFuture;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/** The first item of a publisher as a future (the raw client emits one response per request). */
final class FirstItem<T> implements Subscriber<T> {

    private final CompletableFuture<T> result = new CompletableFuture<>();

    static <T> CompletableFuture<T> of(Publisher<T> publisher) {
        FirstItem<T> subscriber = new FirstItem<>();
        publisher.subscribe(subscriber);
        return subscriber.result;
    }

    @Override
    public void onSubscribe(Subscription subscription) {
        subscription.request(1);
    }

    @Override
    public void onNext(T item) {
        result.complete(item);
    }

    @Override
    public void onError(Throwable failure) {
        result.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        result.completeExceptionally(new IllegalStateException("the HTTP client emitted no response"));
    }
}
