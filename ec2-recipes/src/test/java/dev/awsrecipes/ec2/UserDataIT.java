package dev.awsrecipes.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.testing.Ec2Server;
import dev.awsrecipes.testing.Ec2ServerTest;
import dev.awsrecipes.testing.TestWaits;
import java.util.Base64;

class UserDataIT {

    @Ec2ServerTest
    void multipartUserData_launchedWith_readsBackByteForByte(Ec2Server server) throws Exception {
        UserData data = UserData.multipart(m -> m.cloudConfig("packages: [nginx]\n")
                .shellScript("#!/bin/sh\necho hello\n")
                .gzip(true));
        try (Aws aws = server.newAccountSession();
                Ec2Fixture fixture = new Ec2Fixture(aws)) {
            String id =
                    fixture.launch(aws.region(), r -> r.userData(data.base64())).instanceId();

            byte[] stored = Ec2Recipes.using(aws).userData(id).orElseThrow();

            assertThat(stored).isEqualTo(data.bytes());
            String raw = fixture.ec2()
                    .describeInstanceAttribute(r -> r.instanceId(id).attribute("userData"))
                    .userData()
                    .value();
            assertThat(Base64.getDecoder().decode(raw)).isEqualTo(data.bytes());
            assertThat(UserDataTest.parts(stored, true))
                    .extracting(UserDataTest.ParsedPart::contentType)
                    .containsExactly("text/cloud-config", "text/x-shellscript");
        }
    }

    @Ec2ServerTest
    void replaceUserData_onAStoppedInstance_isWhatEc2HoldsAfterwards(Ec2Server server) {
        try (Aws aws = server.newAccountSession();
                Ec2Fixture fixture = new Ec2Fixture(aws)) {
            String id = fixture.launch(aws.region(), Ec2Fixture.userData("#!/bin/sh\necho old\n"))
                    .instanceId();
            fixture.ec2().stopInstances(r -> r.instanceIds(id));
            fixture.ec2().waiter().waitUntilInstanceStopped(r -> r.instanceIds(id), TestWaits.FAST);

            Ec2Recipes.using(aws).replaceUserData(id, UserData.script("#!/bin/sh\necho new\n"));

            assertThat(CloneInstanceIT.decodedUserData(fixture.ec2(), id)).isEqualTo("#!/bin/sh\necho new\n");
        }
    }

    @Ec2ServerTest
    void userData_instanceWithoutUserData_isEmpty(Ec2Server server) {
        try (Aws aws = server.newAccountSession();
                Ec2Fixture fixture = new Ec2Fixture(aws)) {
            String id = fixture.launch().instanceId();

            assertThat(Ec2Recipes.using(aws).userData(id)).isEmpty();
        }
    }
}
