package consumer;

import dev.awsrecipes.s3.S3Recipes;
import dev.awsrecipes.s3.S3Transfers;
import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * The service's AWS beans: one HTTP connection pool, one interceptor, one executor and one S3 client, all
 * configured and closed by the service; the recipes are built over them and own nothing.
 */
@Configuration(proxyBeanMethods = false)
public class AwsConfiguration {

    @Bean
    public SdkHttpClient httpClient() {
        return ApacheHttpClient.builder().maxConnections(16).build();
    }

    @Bean
    public CallMetrics callMetrics() {
        return new CallMetrics();
    }

    @Bean
    public ThreadPoolTaskExecutor recipesExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(4);
        executor.setThreadNamePrefix("app-worker-");
        return executor;
    }

    @Bean
    public S3Client s3Client(
            SdkHttpClient httpClient,
            CallMetrics callMetrics,
            @Value("${app.s3.endpoint}") String endpoint,
            @Value("${app.s3.region}") String region,
            @Value("${app.s3.access-key}") String accessKey,
            @Value("${app.s3.secret-key}") String secretKey) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClient(httpClient)
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)))
                .overrideConfiguration(o -> o.addExecutionInterceptor(callMetrics));
        if (!endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint)).forcePathStyle(true);
        }
        return builder.build();
    }

    @Bean
    public S3Recipes s3Recipes(S3Client s3Client, ThreadPoolTaskExecutor recipesExecutor) {
        return S3Recipes.builder().s3Client(s3Client).executor(recipesExecutor).build();
    }

    @Bean
    public S3Transfers s3Transfers(S3Client s3Client, ThreadPoolTaskExecutor recipesExecutor) {
        return S3Transfers.builder().s3Client(s3Client).executor(recipesExecutor).build();
    }
}
