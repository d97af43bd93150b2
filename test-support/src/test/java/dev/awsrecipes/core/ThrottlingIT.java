package dev.awsrecipes.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.testing.Ec2Server;
import dev.awsrecipes.testing.Ec2ServerTest;
import dev.awsrecipes.testing.ThrottlingInjector;
import java.util.List;
import software.amazon.awssdk.services.ec2.Ec2Client;

/** Throttling is absorbed by the session's retries, with back-off, and surfaces only when it never ends. */
class ThrottlingIT {
    private static final AwsService<Ec2Client> EC2 = AwsService.of("ec2", Ec2Client.class, Ec2Client::builder);

    @Ec2ServerTest
    void requestLimitExceeded_isRetried_andTheCallSucceeds(Ec2Server server) {
        ThrottlingInjector throttling = new ThrottlingInjector(
                ThrottlingInjector.Protocol.EC2_QUERY, "RequestLimitExceeded", 2, "DescribeRegions");
        try (Aws aws = server.sessionBuilder()
                .maxAttempts(4)
                .addInterceptor(throttling)
                .build()) {
            assertThat(describeRegions(aws)).isNotEmpty();
        }
        assertThat(throttling.injected()).isEqualTo(2);
    }

    @Ec2ServerTest
    void throttlingThatOutlastsTheRetries_reachesTheCallerWithItsCode(Ec2Server server) {
        ThrottlingInjector throttling = new ThrottlingInjector(
                ThrottlingInjector.Protocol.EC2_QUERY, "RequestLimitExceeded", 100, "DescribeRegions");
        try (Aws aws = server.sessionBuilder()
                .maxAttempts(2)
                .addInterceptor(throttling)
                .build()) {
            assertThatThrownBy(() -> describeRegions(aws))
                    .satisfies(e -> assertThat(AwsErrors.isThrottling(e)).isTrue());
        }
        assertThat(throttling.injected()).isEqualTo(2);
    }

    private static List<?> describeRegions(Aws aws) {
        return aws.client(EC2).describeRegions().regions();
    }
}
