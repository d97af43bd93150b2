package dev.awsrecipes.s3;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.Environment;
import dev.awsrecipes.testing.LocalStack;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * The two S3 servers the download tests run against: LocalStack (from the extension) and versitygw at
 * {@code VERSITYGW_ENDPOINT} ({@code scripts/versitygw start}; {@code eval "$(scripts/versitygw env)"}).
 * Without versitygw the versitygw cases fail with that instruction: they never skip.
 */
final class S3Servers {
    static final String LOCALSTACK = "localstack";
    static final String VERSITYGW = "versitygw";

    private S3Servers() {}

    /** Where one server is and how to sign for it. */
    record Server(String name, String endpoint, String region, String accessKey, String secretKey) {
        Aws.Builder sessionBuilder() {
            return Aws.builder()
                    .environment(Environment.of(Map.of()))
                    .profileFile(ProfileFile.aggregator().build())
                    .endpoint(endpoint)
                    .region(region)
                    .credentials(accessKey, secretKey);
        }

        /** The arguments a child JVM needs to reach the server. */
        List<String> childArguments() {
            return List.of(endpoint, region, accessKey, secretKey);
        }
    }

    static Server of(String name, LocalStack localStack) {
        if (LOCALSTACK.equals(name)) {
            return new Server(
                    name,
                    localStack.endpoint().toString(),
                    localStack.region().id(),
                    LocalStack.DEFAULT_ACCESS_KEY,
                    LocalStack.SECRET_KEY);
        }
        String endpoint = System.getenv("VERSITYGW_ENDPOINT");
        if (endpoint == null || endpoint.isBlank()) {
            throw new IllegalStateException(
                    "VERSITYGW_ENDPOINT is not set: start versitygw with scripts/versitygw start"
                            + " and export what scripts/versitygw env prints");
        }
        return new Server(
                name,
                endpoint,
                "us-east-1",
                System.getenv().getOrDefault("VERSITYGW_ACCESS_KEY", "aws-recipes"),
                System.getenv().getOrDefault("VERSITYGW_SECRET_KEY", "aws-recipes-secret"));
    }
}
