package dev.awsrecipes.s3.internal;

import dev.awsrecipes.core.Account;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.AwsService;
import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** How this module gets its S3 clients and presigners from the session. */
public final class S3Services {
    /**
     * S3 with path-style addressing whenever the endpoint is overridden: virtual-host names such as
     * {@code bucket.localhost} need DNS that emulators do not have.
     */
    public static final AwsService<S3Client> S3 = AwsService.configured(
            "s3", S3Client.class, context -> S3Client.builder().forcePathStyle(context.endpointOverridden()));

    private S3Services() {}

    /** The session's S3 client in its default region. */
    public static S3Client client(Aws aws) {
        return aws.client(S3);
    }

    /** The session's S3 client in a region. */
    public static S3Client client(Aws aws, Region region) {
        return aws.client(S3, region);
    }

    /**
     * The session's presigner for a region, made once. Path-style is set on the presigner itself when
     * the endpoint is overridden, or its URLs would name hosts that do not resolve.
     */
    public static S3Presigner presigner(Aws aws, Region region) {
        return aws.shared("s3-presigner:" + region.id(), S3Presigner.class, () -> {
            Optional<URI> endpoint = aws.endpoint(S3, Account.SESSION);
            S3Presigner.Builder builder = S3Presigner.builder()
                    .region(region)
                    .credentialsProvider(aws.credentials())
                    .serviceConfiguration(S3Configuration.builder()
                            .pathStyleAccessEnabled(endpoint.isPresent())
                            .build());
            endpoint.ifPresent(builder::endpointOverride);
            return builder.build();
        });
    }
}
