package dev.awsrecipes.s3.internal;

import dev.awsrecipes.core.Account;
import dev.awsrecipes.core.AwsService;
import dev.awsrecipes.core.ClientContext;
import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.core.RecipeContext;
import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.S3ServiceClientConfiguration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** How this module gets its S3 clients and presigners from the session; callers outside use {@code S3Recipes.S3}. */
final class S3Services {
    /**
     * S3 with path-style addressing whenever the endpoint is overridden: virtual-host names such as
     * {@code bucket.localhost} need DNS that emulators do not have; small bodies are sent without waiting
     * for {@code 100 Continue} ({@link SmallBodiesWithoutExpect}).
     */
    static final AwsService<S3Client> S3 = AwsService.configured("s3", S3Client.class, S3Services::builder);

    private S3Services() {}

    private static S3ClientBuilder builder(ClientContext context) {
        S3ClientBuilder builder = S3Client.builder()
                .forcePathStyle(context.endpointOverridden())
                .serviceConfiguration(S3Configuration.builder()
                        .chunkedEncodingEnabled(!plainHttp(context))
                        .build())
                .addPlugin(SmallBodiesWithoutExpect.PLUGIN);
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

    /**
     * The context's S3 client for work on a bucket in {@code region} (or a bucket to be made there).
     *
     * <p>A session ({@code Aws}), or a caller who gave a client per region, has one for the region. A
     * caller who gave one S3 client in another region gets that client when it can reach the bucket: when
     * it was built with {@code crossRegionAccessEnabled(true)} (the SDK then follows S3's redirect to the
     * bucket's region), or when its endpoint is overridden (one server, MinIO, Ceph or an emulator, holds
     * every bucket whatever its region label). Otherwise S3 would answer with a redirect the client cannot
     * follow, so the call fails first, saying what to give.
     *
     * @throws InvalidArgumentException when the given client cannot reach buckets in the region
     */
    static S3Client client(RecipeContext context, Region region) {
        try {
            return context.client(S3, region);
        } catch (InvalidArgumentException noClientForRegion) {
            S3Client given = context.client(S3);
            if (reachesEveryRegion(given)) {
                return given;
            }
            Region own = given.serviceClientConfiguration().region();
            InvalidArgumentException e = new InvalidArgumentException(
                    "clientsPerRegion",
                    "this needs an S3 client that reaches " + region.id() + ", and the given S3 client works in "
                            + (own == null ? "another region" : own.id())
                            + ": build it with crossRegionAccessEnabled(true), or give"
                            + " clientsPerRegion(S3Recipes.S3, ...) with a client for " + region.id());
            e.addSuppressed(noClientForRegion);
            throw e;
        }
    }

    /** Whether the client reaches buckets of any region: it follows S3's redirects, or talks to one server. */
    static boolean reachesEveryRegion(S3Client s3) {
        S3ServiceClientConfiguration configuration = s3.serviceClientConfiguration();
        return Boolean.TRUE.equals(configuration.crossRegionAccessEnabled())
                || configuration.endpointOverride().isPresent();
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
