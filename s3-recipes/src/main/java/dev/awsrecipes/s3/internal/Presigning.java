package dev.awsrecipes.s3.internal;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.s3.BucketNames;
import dev.awsrecipes.s3.ExpiringUrl;
import dev.awsrecipes.s3.UrlMethod;
import java.net.URL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** S9: presigned GET and PUT URLs with a checked lifetime. */
final class Presigning {
    /** The longest lifetime S3 accepts for a SigV4 presigned URL. */
    static final Duration MAX_EXPIRY = Duration.ofDays(7);

    private static final Logger LOG = LoggerFactory.getLogger(Presigning.class);

    private final Aws aws;
    private final Clock clock;

    Presigning(Aws aws) {
        this(aws, Clock.systemUTC());
    }

    Presigning(Aws aws, Clock clock) {
        this.aws = aws;
        this.clock = clock;
    }

    ExpiringUrl expiringUrl(String bucket, String key, Duration expiresIn, UrlMethod method) {
        BucketNames.check("bucket", bucket);
        BucketNames.checkKey("key", key);
        Check.positive("expires", expiresIn);
        Check.notNull("method", method);
        if (expiresIn.compareTo(MAX_EXPIRY) > 0) {
            throw new InvalidArgumentException(
                    "expires", "expires is " + expiresIn + "; a presigned URL lives at most 7 days (PT168H)");
        }
        S3Presigner presigner = S3Services.presigner(aws, aws.region());
        Instant signedAt = clock.instant();
        URL url =
                switch (method) {
                    case GET -> presigner
                            .presignGetObject(r -> r.signatureDuration(expiresIn)
                                    .getObjectRequest(g -> g.bucket(bucket).key(key)))
                            .url();
                    case PUT -> presigner
                            .presignPutObject(r -> r.signatureDuration(expiresIn)
                                    .putObjectRequest(p -> p.bucket(bucket).key(key)))
                            .url();
                };
        Instant expiresAt = signedAt.plus(expiresIn);
        return new ExpiringUrl(url, method.name(), expiresAt, warnings(expiresAt));
    }

    /** Temporary credentials that end before the URL does cut its life short: say so. */
    private List<String> warnings(Instant expiresAt) {
        List<String> warnings = new ArrayList<>();
        AwsCredentials credentials = aws.credentials().resolveCredentials();
        if (credentials instanceof AwsSessionCredentials session) {
            session.expirationTime().filter(end -> end.isBefore(expiresAt)).ifPresent(end -> {
                String warning = "the URL is signed with temporary credentials that expire at " + end
                        + ", before the requested " + expiresAt + "; it stops working then";
                LOG.warn(warning);
                warnings.add(warning);
            });
        }
        return warnings;
    }
}
