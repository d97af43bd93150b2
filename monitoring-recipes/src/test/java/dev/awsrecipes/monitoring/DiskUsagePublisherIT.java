package dev.awsrecipes.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.testing.Ec2Server;
import dev.awsrecipes.testing.Ec2ServerTest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.cloudwatch.model.Datapoint;
import software.amazon.awssdk.services.cloudwatch.model.StandardUnit;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;

/**
 * M7 against LocalStack's CloudWatch. LocalStack has no instance metadata service, so where the id
 * comes from IMDS the test serves IMDSv2's two calls (token, then instance id) from a local server.
 */
class DiskUsagePublisherIT {
    private static final String INSTANCE = "i-0123456789abcdef0";

    private static List<Datapoint> published(Aws aws, DiskUsageReport report) {
        return aws.client(MonitoringServices.CLOUDWATCH)
                .getMetricStatistics(r -> r.namespace(report.namespace())
                        .metricName(report.metricName())
                        .dimensions(d -> d.name("InstanceId").value(report.instanceId()))
                        .startTime(report.timestamp().minus(5, ChronoUnit.MINUTES))
                        .endTime(report.timestamp().plus(5, ChronoUnit.MINUTES))
                        .period(600)
                        .statistics(Statistic.MAXIMUM, Statistic.SAMPLE_COUNT))
                .datapoints();
    }

    @Ec2ServerTest
    void publishDiskUsage_givenInstanceId_publishesThePercentage(Ec2Server server) {
        try (Aws aws = server.newAccountSession()) {
            DiskUsageReport report = MonitoringRecipes.using(aws)
                    .publishDiskUsage(d -> d.instanceId(INSTANCE).path(Path.of("/")));

            assertThat(report.usedPercent()).isBetween(0.0, 100.0);
            assertThat(report.totalBytes()).isPositive();
            List<Datapoint> points = published(aws, report);
            assertThat(points.stream().mapToDouble(Datapoint::sampleCount).sum())
                    .isEqualTo(1.0);
            assertThat(points).anySatisfy(p -> {
                assertThat(p.maximum()).isEqualTo(report.usedPercent());
                assertThat(p.unit()).isEqualTo(StandardUnit.PERCENT);
            });
        }
    }

    @Ec2ServerTest
    void publishDiskUsage_withoutInstanceId_readsItFromImdsV2WithAToken(Ec2Server server) throws IOException {
        AtomicInteger tokens = new AtomicInteger();
        HttpServer imds = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        imds.createContext("/latest/api/token", exchange -> {
            tokens.incrementAndGet();
            boolean ok = "PUT".equals(exchange.getRequestMethod())
                    && exchange.getRequestHeaders().containsKey("x-aws-ec2-metadata-token-ttl-seconds");
            // The SDK checks that the token answer says how long the token lives.
            exchange.getResponseHeaders().add("x-aws-ec2-metadata-token-ttl-seconds", "21600");
            respond(exchange, ok ? 200 : 400, ok ? "token-1" : "");
        });
        imds.createContext("/latest/meta-data/instance-id", exchange -> {
            boolean ok = "token-1".equals(exchange.getRequestHeaders().getFirst("x-aws-ec2-metadata-token"));
            respond(exchange, ok ? 200 : 401, ok ? INSTANCE : "");
        });
        imds.start();
        try (Aws aws = server.newAccountSession()) {
            URI endpoint = URI.create("http://127.0.0.1:" + imds.getAddress().getPort());

            DiskUsageReport report = MonitoringRecipes.using(aws).publishDiskUsage(d -> d.imdsEndpoint(endpoint));

            assertThat(report.instanceId()).isEqualTo(INSTANCE);
            assertThat(tokens.get()).isEqualTo(1);
            assertThat(published(aws, report)).isNotEmpty();
        } finally {
            imds.stop(0);
        }
    }

    @Ec2ServerTest
    void publishDiskUsage_noMetadataService_failsClearlyAndPublishesNothing(Ec2Server server) throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        try (Aws aws = server.newAccountSession()) {
            URI endpoint = URI.create("http://127.0.0.1:" + closedPort);

            assertThatThrownBy(() -> MonitoringRecipes.using(aws)
                            .publishDiskUsage(d -> d.imdsEndpoint(endpoint).imdsTimeout(Duration.ofSeconds(1))))
                    .isInstanceOf(AwsRecipesException.class)
                    .hasMessageContaining("cannot read the instance id from instance metadata at " + endpoint);

            assertThat(aws.client(MonitoringServices.CLOUDWATCH).listMetrics().metrics())
                    .isEmpty();
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }
}
