package dev.awsrecipes.cli.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.cli.CliResult;
import dev.awsrecipes.testing.LocalStack;
import dev.awsrecipes.testing.LocalStackExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.ec2.model.Address;

@ExtendWith(LocalStackExtension.class)
class ElasticIpCommandIT {

    @Test
    void elasticIp_allocateWithInstance_disassociate_release(LocalStack localStack) {
        try (InstanceCli cli = new InstanceCli(localStack)) {
            String instanceId = cli.launch(r -> {}).instanceId();

            CliResult allocated = cli.run("elastic-ip", "allocate", "--instance-id", instanceId, "--json");
            assertThat(allocated.exitCode()).as(allocated.err()).isZero();
            String allocationId = allocated.json().get("allocationId").asText();
            assertThat(address(cli, allocationId).instanceId()).isEqualTo(instanceId);

            CliResult disassociated = cli.run("elastic-ip", "disassociate", "--allocation-id", allocationId);
            assertThat(disassociated.exitCode()).as(disassociated.err()).isZero();
            assertThat(address(cli, allocationId).associationId()).isNull();

            CliResult released = cli.run("elastic-ip", "release", "--allocation-id", allocationId);
            assertThat(released.exitCode()).as(released.err()).isZero();
            assertThat(released.out()).contains("released");
            assertThat(cli.ec2().describeAddresses().addresses()).isEmpty();
        }
    }

    @Test
    void elasticIp_associateWithoutInstance_exits2(LocalStack localStack) {
        try (InstanceCli cli = new InstanceCli(localStack)) {
            CliResult result = cli.run("elastic-ip", "associate", "--allocation-id", "eipalloc-1");

            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.err()).contains("--instance-id");
        }
    }

    private static Address address(InstanceCli cli, String allocationId) {
        return cli.ec2()
                .describeAddresses(r -> r.allocationIds(allocationId))
                .addresses()
                .get(0);
    }
}
