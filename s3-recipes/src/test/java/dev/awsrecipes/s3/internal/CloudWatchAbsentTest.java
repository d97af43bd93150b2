package dev.awsrecipes.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.s3.BucketUsage;
import dev.awsrecipes.s3.S3Recipes;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The CloudWatch client is an optional dependency: on a class path without it the S3 recipes load and
 * count as before, and bucketDuFromMetrics says what to add instead of failing with NoClassDefFoundError.
 * The test runs that class path in a class loader of its own, the module's classes and every dependency
 * but CloudWatch's.
 */
class CloudWatchAbsentTest {

    /** Runs inside the loader without CloudWatch; public with a public constructor for that reason. */
    public static final class Probe implements Supplier<List<String>> {
        @Override
        public List<String> get() {
            InventoryS3 s3 = new InventoryS3("some-bucket", 10);
            s3.objects.put("a", new byte[5]);
            S3Recipes recipes = S3Recipes.builder().s3Client(s3).build();
            BucketUsage usage = recipes.bucketDu("some-bucket");
            try {
                recipes.bucketDuFromMetrics("some-bucket");
                return List.of(String.valueOf(usage.bytes()), "no error");
            } catch (AwsRecipesException e) {
                return List.of(String.valueOf(usage.bytes()), e.getMessage());
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void withoutTheCloudWatchClient_listingWorksAndMetricsSayWhatToAdd() throws Exception {
        String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        URL[] urls = Arrays.stream(path.split(File.pathSeparator))
                .filter(entry -> !entry.contains(File.separator + "cloudwatch" + File.separator))
                .map(CloudWatchAbsentTest::url)
                .toArray(URL[]::new);
        try (URLClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
            assertThat(loader.getResource("software/amazon/awssdk/services/cloudwatch/CloudWatchClient.class"))
                    .as("the loader must lack CloudWatch for the test to mean anything")
                    .isNull();
            Supplier<List<String>> probe = (Supplier<List<String>>)
                    loader.loadClass(Probe.class.getName()).getConstructor().newInstance();

            List<String> result = probe.get();

            assertThat(result.get(0)).as("bytes counted by listing").isEqualTo("5");
            assertThat(result.get(1))
                    .startsWith("reading CloudWatch's storage metrics needs the AWS SDK's CloudWatch client")
                    .contains("software.amazon.awssdk:cloudwatch");
        }
    }

    private static URL url(String entry) {
        try {
            return new File(entry).toURI().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
