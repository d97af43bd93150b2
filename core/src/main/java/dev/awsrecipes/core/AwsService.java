package dev.awsrecipes.core;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.SdkClient;

/**
 * Describes one AWS service well enough for {@link Aws} to build, configure and cache its client.
 *
 * <pre>{@code
 * static final AwsService<S3Client> S3 = AwsService.of("s3", S3Client.class, S3Client::builder);
 * S3Client s3 = aws.client(S3, Region.EU_WEST_1);
 * }</pre>
 *
 * @param id the service id used in {@code AWS_ENDPOINT_URL_<ID>} (upper-cased, spaces as underscores)
 *     and in profile {@code services} sections, e.g. {@code s3}, {@code ec2}, {@code cloudwatch}
 * @param clientType the synchronous client interface
 * @param builder makes a fresh, possibly pre-configured builder for a client in the given context; the
 *     session then adds credentials, region, endpoint, HTTP client, timeouts and retries
 */
public record AwsService<C extends SdkClient>(
        String id, Class<C> clientType, Function<ClientContext, ? extends AwsClientBuilder<?, C>> builder) {

    /** Checks that every component is given. */
    public AwsService {
        Check.notBlank(id, "id");
        Objects.requireNonNull(clientType, "clientType");
        Objects.requireNonNull(builder, "builder");
    }

    /** A service whose builder needs nothing from the context. */
    public static <C extends SdkClient> AwsService<C> of(
            String id, Class<C> clientType, Supplier<? extends AwsClientBuilder<?, C>> builder) {
        Objects.requireNonNull(builder, "builder");
        return new AwsService<>(id, clientType, context -> builder.get());
    }

    /** A service whose builder adapts to the context (region, account, endpoint override). */
    public static <C extends SdkClient> AwsService<C> configured(
            String id, Class<C> clientType, Function<ClientContext, ? extends AwsClientBuilder<?, C>> builder) {
        return new AwsService<>(id, clientType, builder);
    }

    /** The name of the service's own endpoint variable, e.g. {@code AWS_ENDPOINT_URL_CLOUDWATCH}. */
    public String endpointVariable() {
        return "AWS_ENDPOINT_URL_"
                + id.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }
}
