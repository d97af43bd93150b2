package dev.awsrecipes.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.testing.Ec2Server;
import dev.awsrecipes.testing.Ec2ServerTest;
import software.amazon.awssdk.services.ec2.model.Address;

class ElasticIpIT {

    @Ec2ServerTest
    void elasticIp_allocateAssociateDisassociateRelease_eachSeenByDescribeAddresses(Ec2Server server) {
        try (Aws aws = server.newAccountSession();
                Ec2Fixture fixture = new Ec2Fixture(aws)) {
            String instanceId = fixture.launch().instanceId();
            Ec2Recipes ec2 = Ec2Recipes.using(aws);

            ElasticIp allocated = ec2.allocateAddress();
            boolean[] released = {false};
            fixture.later(() -> {
                if (!released[0]) {
                    fixture.ec2().releaseAddress(r -> r.allocationId(allocated.allocationId()));
                }
            });
            assertThat(describe(fixture, allocated.allocationId()).publicIp()).isEqualTo(allocated.publicIp());

            ElasticIp associated = ec2.associateAddress(allocated.allocationId(), instanceId);
            Address seen = describe(fixture, allocated.allocationId());
            assertThat(seen.instanceId()).isEqualTo(instanceId);
            assertThat(seen.associationId())
                    .isEqualTo(associated.associationId())
                    .isNotNull();

            ElasticIp disassociated = ec2.disassociateAddress(allocated.allocationId());
            assertThat(disassociated.isAssociated()).isFalse();
            assertThat(describe(fixture, allocated.allocationId()).associationId())
                    .isNull();

            ec2.releaseAddress(allocated.allocationId());
            released[0] = true;
            assertThat(fixture.ec2().describeAddresses().addresses())
                    .extracting(Address::allocationId)
                    .doesNotContain(allocated.allocationId());
            assertThat(ec2.describeAddress(allocated.allocationId())).isEmpty();
        }
    }

    private static Address describe(Ec2Fixture fixture, String allocationId) {
        return fixture.ec2()
                .describeAddresses(r -> r.allocationIds(allocationId))
                .addresses()
                .get(0);
    }
}
