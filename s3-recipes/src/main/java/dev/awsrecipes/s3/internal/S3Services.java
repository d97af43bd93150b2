package dev.awsrecipes.s3.internal;

import dev.awsrecipes.core.Account;
import dev.awsrecipes.core.AwsService;
import dev.awsrecipes.core.ClientContext;
import dev.awsrecipes.core.RecipeContext;
import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** How this module gets its S3 clients and presigners from the session; callers outside use {@code S3Recipes.S3}. */
final class S3Services {
    /**
     * S3 with path-style addressing whenever the endpoint is overridden: virtual-host names such as
     * {@code bucket.localhost} need DNS that emulators do not have.
     */
    static final AwsService<S3Client> S3 = AwsService.configured("s3", S3Client.class, S3Services::builder);

    private S3Services() {}

    private static S3ClientBuilder builder(ClientContext context) {
        S3ClientBuilder builder = S3Client.builder()
                .forcePathStyle(context.endpointOverridden())
                .serviceConfiguration(S3Configuration.builder()
                        .chunkedEncodingEnabled(!plainHttp(context))
                        .build());
        if (context.endpoint().filter(LoopbackUnsignedPayload::appliesTo).isPresent()) {
            builder.putAuthScheme(new LoopbackUnsignedPayload());
        }
        return builder;
    }

    /**
     * Over plain HTTP (an emulator or MinIO on a laptop) the SDK would send every body in aws-chunked
     * encoding with a signature per 128 KiB chunk, which the server must decode and verify chunk by
     * chunk. Measured on a 1 GiB upload to a local emulator (docs/benchmarks): the server spent 7.1 CPU-seconds with it
     * and 4.5 without (as much as for one raw curl PUT), and the uploading JVM peaked at 530 MiB RSS
     * with it and 179 MiB without. Without chunked encoding checksums travel as headers. To a loopback
     * address the body is also left unsigned ({@link LoopbackUnsignedPayload}), which took the same
     * upload from 120 to about 200 MiB/s. HTTPS keeps the SDK's defaults.
     */
    private static boolean plainHttp(ClientContext context) {
        return context.endpoint().map(e -> "http".equals(e.getScheme())).orElse(false);
    }

    /** The session's S3 client in its default region. */
    static S3Client client(RecipeContext context) {
        return context.client(S3);
    }

    /** The session's S3 client in a region. */
    static S3Client client(RecipeContext context, Region region) {
        return context.client(S3, region);
    }

    /**
     * A presigner for a region, signing with the context's credentials; the caller closes it. Making one
     * costs no connection (a presigner only signs). Closing it never closes the credentials, which belong
     * to the context. Path-style is set on the presigner itself when the endpoint is overridden, or its
     * URLs would name hosts that do not resolve.
     */
    static S3Presigner presigner(RecipeContext context, Region region) {
        Optional<URI> endpoint = context.endpoint(S3, Account.SESSION);
        AwsCredentialsProvider credentials = context.credentials();
        S3Presigner.Builder builder = S3Presigner.builder()
                .region(region)
                .credentialsProvider(credentials::resolveCredentials)
                .serviceConfiguration(S3Configuration.builder()
                        .pathStyleAccessEnabled(endpoint.isPresent())
                        .build());
        endpoint.ifPresent(builder::endpointOverride);
        return builder.build();
    }
}
