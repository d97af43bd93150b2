package consumer;

import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.SdkHttpClient;

/** Wraps an HTTP client to count the requests it sends, and how many such clients were made. */
final class CountingHttpClient implements SdkHttpClient {
    static final AtomicInteger MADE = new AtomicInteger();

    private final SdkHttpClient delegate;
    private final AtomicInteger requests = new AtomicInteger();

    CountingHttpClient(SdkHttpClient delegate) {
        this.delegate = delegate;
        MADE.incrementAndGet();
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        requests.incrementAndGet();
        return delegate.prepareRequest(request);
    }

    @Override
    public String clientName() {
        return delegate.clientName();
    }

    @Override
    public void close() {
        delegate.close();
    }

    int requests() {
        return requests.get();
    }
}
