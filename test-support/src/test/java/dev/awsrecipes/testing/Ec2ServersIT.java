package dev.awsrecipes.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.core.Aws;
import software.amazon.awssdk.services.ec2.model.Instance;

/** What every EC2-family test relies on: a fresh account is that account, and sees nothing of another's. */
class Ec2ServersIT {

    @Ec2ServerTest
    void newAccount_isTheAccountItNames_andTheDefaultIsAnother(Ec2Server server) {
        AccountKeys keys = server.newAccount();
        try (Aws fresh = server.session(keys);
                Aws standard = server.session()) {
            assertThat(fresh.client(Aws.STS).getCallerIdentity().account()).isEqualTo(keys.accountId());
            assertThat(standard.client(Aws.STS).getCallerIdentity().account())
                    .isEqualTo(server.defaultAccountId())
                    .isNotEqualTo(keys.accountId());
        }
    }

    @Ec2ServerTest
    void newAccounts_keepTheirInstancesApart(Ec2Server server) {
        try (Ec2TestAccount owner = new Ec2TestAccount(server);
                Ec2TestAccount other = new Ec2TestAccount(server)) {
            String id = owner.ec2()
                    .runInstances(r -> r.imageId(owner.anyImageId())
                            .instanceType("t3.micro")
                            .minCount(1)
                            .maxCount(1))
                    .instances()
                    .get(0)
                    .instanceId();

            assertThat(owner.instances(server.region()))
                    .extracting(Instance::instanceId)
                    .containsExactly(id);
            assertThat(other.instances(server.region())).isEmpty();
        }
    }
}
