package consumer;

import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpService;
import software.amazon.awssdk.http.apache.ApacheSdkHttpService;

/**
 * Where the SDK gets the HTTP client of any client built without one (named by the system property
 * software.amazon.awssdk.http.service.impl in the pom): counts how often it is asked, so the test can show
 * that nothing beside the service made an HTTP connection pool.
 */
public final class CountingHttpService implements SdkHttpService {
    static final AtomicInteger ASKED = new AtomicInteger();

    @Override
    public SdkHttpClient.Builder createHttpClientBuilder() {
        ASKED.incrementAndGet();
        return new ApacheSdkHttpService().createHttpClientBuilder();
    }
}
