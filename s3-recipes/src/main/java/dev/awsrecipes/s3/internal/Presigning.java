package dev.awsrecipes.s3.internal;

import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.core.RecipeContext;
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
record Presigning(RecipeContext context, Clock clock) {
    /** The longest lifetime S3 accepts for a SigV4 presigned URL. */
    static final Duration MAX_EXPIRY = Duration.ofDays(7);

    private static final Logger LOG = LoggerFactory.getLogger(Presigning.class);

    Presigning(RecipeContext context) {
        this(context, Clock.systemUTC());
    }

    ExpiringUrl expiringUrl(String bucket, String key, Duration expiresIn, UrlMethod method) {
        BucketNames.check("bucket", bucket);
        BucketNames.checkKey("key", key);
        Check.positive(expiresIn, "expires");
        Check.notNull(method, "method");
        if (expiresIn.compareTo(MAX_EXPIRY) > 0) {
            throw new InvalidArgumentException(
                    "expires", "expires is " + expiresIn + "; a presigned URL lives at most 7 days (PT168H)");
        }
        if (expiresIn.getNano() != 0) {
            // SigV4's X-Amz-Expires counts whole seconds: 1500ms would sign 1 s while expiresAt said 1.5 s.
            throw new InvalidArgumentException(
                    "expires",
                    "expires is " + expiresIn + "; a presigned URL lives a whole number of seconds (write "
                            + (expiresIn.getSeconds() == 0 ? "" : expiresIn.getSeconds() + "s or ")
                            + (expiresIn.getSeconds() + 1) + "s)");
        }
        Instant signedAt = clock.instant();
        URL url;
        try (S3Presigner presigner = S3Services.presigner(context, context.region())) {
            url = switch (method) {
                case GET -> presigner
                        .presignGetObject(r -> r.signatureDuration(expiresIn)
                                .getObjectRequest(g -> g.bucket(bucket).key(key)))
                        .url();
                case PUT -> presigner
                        .presignPutObject(r -> r.signatureDuration(expiresIn)
                                .putObjectRequest(p -> p.bucket(bucket).key(key)))
                        .url();
            };
        }
        Instant expiresAt = signedAt.plus(expiresIn);
        return new ExpiringUrl(url, method.name(), expiresAt, warnings(key, expiresAt));
    }

    /**
     * A key with {@code .} or {@code ..} segments ({@code a/../b}) is a valid S3 key, but curl and browsers
     * remove dot segments from a URL's path before sending it (RFC 3986, 5.2.4), so the request names
     * another key and the signature no longer matches.
     */
    static boolean hasDotSegments(String key) {
        for (String segment : key.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** Warnings about a URL that will not work as long, or as well, as asked. */
    private List<String> warnings(String key, Instant expiresAt) {
        List<String> warnings = new ArrayList<>();
        if (hasDotSegments(key)) {
            String warning = "key \"" + key + "\" has a \".\" or \"..\" segment, which curl and browsers remove"
                    + " from the URL before sending it: the URL then fails; clients that send the path as is"
                    + " (the AWS SDKs, curl --path-as-is) work";
            LOG.warn(warning);
            warnings.add(warning);
        }
        AwsCredentials credentials = context.credentials().resolveCredentials();
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
