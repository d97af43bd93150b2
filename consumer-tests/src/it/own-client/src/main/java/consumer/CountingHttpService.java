package consumer;

import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpService;
import software.amazon.awssdk.http.urlconnection.UrlConnectionSdkHttpService;

/**
 * Where the SDK gets the HTTP client of any client built without one (named by the system property
 * software.amazon.awssdk.http.service.impl): counts how often it is asked, so the program can show that
 * nobody but the service made an HTTP client, i.e. there is no second connection pool.
 */
public final class CountingHttpService implements SdkHttpService {
    static final AtomicInteger BUILT = new AtomicInteger();

    @Override
    public SdkHttpClient.Builder createHttpClientBuilder() {
        BUILT.incrementAndGet();
        return new UrlConnectionSdkHttpService().createHttpClientBuilder();
    }
}
