package dev.awsrecipes.ssh.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.ssh.SshAddress;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.Instance;

class SshAddressTest {
    private static final Instance PUBLIC = Instance.builder()
            .publicDnsName("ec2-203-0-113-7.compute-1.amazonaws.com")
            .publicIpAddress("203.0.113.7")
            .privateIpAddress("10.0.0.7")
            .build();
    /** In a private subnet EC2 returns an empty public DNS name, not none. */
    private static final Instance PRIVATE_ONLY =
            Instance.builder().publicDnsName("").privateIpAddress("10.0.0.8").build();

    @Test
    void addressOf_noChoice_takesPublicDnsThenPublicIpThenPrivateIp() {
        assertThat(SshConnector.addressOf(PUBLIC, Optional.empty()))
                .contains("ec2-203-0-113-7.compute-1.amazonaws.com");
        assertThat(SshConnector.addressOf(PRIVATE_ONLY, Optional.empty())).contains("10.0.0.8");
    }

    @Test
    void addressOf_choice_takesThatKindOrNothing() {
        assertThat(SshConnector.addressOf(PUBLIC, Optional.of(SshAddress.PUBLIC_IP)))
                .contains("203.0.113.7");
        assertThat(SshConnector.addressOf(PUBLIC, Optional.of(SshAddress.PRIVATE_IP)))
                .contains("10.0.0.7");
        assertThat(SshConnector.addressOf(PRIVATE_ONLY, Optional.of(SshAddress.PUBLIC_IP)))
                .isEmpty();
    }
}
