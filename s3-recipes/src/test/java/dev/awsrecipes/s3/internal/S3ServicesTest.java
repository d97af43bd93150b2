package dev.awsrecipes.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.GivenClients;
import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.core.RecipeContext;
import java.net.URI;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** Which client a recipe gets for a bucket in another region than the one S3 client the caller gave. */
class S3ServicesTest {
    private S3Client client;

    @AfterEach
    void close() {
        client.close();
    }

    private RecipeContext givenOneClient(Consumer<S3ClientBuilder> settings) {
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("id", "secret")));
        settings.accept(builder);
        client = builder.build();
        return GivenClients.builder().client(S3Services.S3, client).build();
    }

    @Test
    void client_sameRegion_isTheGivenClient() {
        RecipeContext context = givenOneClient(b -> {});

        assertThat(S3Services.client(context, Region.US_EAST_1)).isSameAs(client);
    }

    @Test
    void client_otherRegion_crossRegionAccessEnabled_isTheGivenClient() {
        RecipeContext context = givenOneClient(b -> b.crossRegionAccessEnabled(true));

        assertThat(S3Services.client(context, Region.EU_WEST_1)).isSameAs(client);
    }

    @Test
    void client_otherRegion_overriddenEndpoint_isTheGivenClient() {
        RecipeContext context = givenOneClient(b -> b.endpointOverride(URI.create("http://127.0.0.1:9000")));

        assertThat(S3Services.client(context, Region.EU_WEST_1)).isSameAs(client);
    }

    @Test
    void client_otherRegion_plainClient_failsSayingWhatToGive() {
        RecipeContext context = givenOneClient(b -> {});

        assertThatThrownBy(() -> S3Services.client(context, Region.EU_WEST_1))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("reaches eu-west-1")
                .hasMessageContaining("works in us-east-1")
                .hasMessageContaining("crossRegionAccessEnabled(true)")
                .hasMessageContaining("clientsPerRegion");
    }

    @Test
    void client_otherRegion_clientPerRegionGiven_isThatRegionsClient() {
        givenOneClient(b -> {});
        try (S3Client ireland = S3Client.builder()
                .region(Region.EU_WEST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("id", "secret")))
                .build()) {
            RecipeContext context = GivenClients.builder()
                    .client(S3Services.S3, client)
                    .clientsPerRegion(
                            S3Services.S3, (region, account) -> region.equals(Region.EU_WEST_1) ? ireland : client)
                    .build();

            assertThat(S3Services.client(context, Region.EU_WEST_1)).isSameAs(ireland);
        }
    }
}
