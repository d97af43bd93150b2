package dev.awsrecipes.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.testing.LocalStack;
import dev.awsrecipes.testing.LocalStackExtension;
import dev.awsrecipes.testing.ThrottlingInjector;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.ec2.Ec2Client;

/** Throttling is absorbed by the session's retries, with back-off, and surfaces only when it never ends. */
@ExtendWith(LocalStackExtension.class)
class ThrottlingIT {
    private static final AwsService<Ec2Client> EC2 = AwsService.of("ec2", Ec2Client.class, Ec2Client::builder);

    @Test
    void requestLimitExceeded_isRetried_andTheCallSucceeds(LocalStack localStack) {
        ThrottlingInjector throttling = new ThrottlingInjector(
                ThrottlingInjector.Protocol.EC2_QUERY, "RequestLimitExceeded", 2, "DescribeRegions");
        try (Aws aws = localStack
                .sessionBuilder()
                .maxAttempts(4)
                .addInterceptor(throttling)
                .build()) {
            assertThat(describeRegions(aws)).isNotEmpty();
        }
        assertThat(throttling.injected()).isEqualTo(2);
    }

    @Test
    void throttlingThatOutlastsTheRetries_reachesTheCallerWithItsCode(LocalStack localStack) {
        ThrottlingInjector throttling = new ThrottlingInjector(
                ThrottlingInjector.Protocol.EC2_QUERY, "RequestLimitExceeded", 100, "DescribeRegions");
        try (Aws aws = localStack
                .sessionBuilder()
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
