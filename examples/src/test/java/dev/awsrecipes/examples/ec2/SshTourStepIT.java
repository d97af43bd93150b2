package dev.awsrecipes.examples.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.ec2.Ec2Recipes;
import dev.awsrecipes.testing.LocalStack;
import dev.awsrecipes.testing.LocalStackExtension;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.ec2.Ec2Client;

/** The tour's E15 step against an instance LocalStack runs (whose console output announces no host keys). */
@ExtendWith(LocalStackExtension.class)
class SshTourStepIT {

    @Test
    void tourStep_readsTheAnnouncedHostKeysAndSaysWhyItDoesNotLogIn(LocalStack localStack) {
        try (Aws aws = localStack.sessionForAccount(LocalStack.newAccountId())) {
            Ec2Client ec2 = aws.client(Ec2Recipes.EC2);
            String instanceId = ec2.runInstances(r -> r.imageId("ami-1e749f67")
                            .instanceType("t3.micro")
                            .minCount(1)
                            .maxCount(1))
                    .instances()
                    .get(0)
                    .instanceId();
            try {
                StringWriter text = new StringWriter();

                SshTourStep.run(Ec2Recipes.using(aws), instanceId, new PrintWriter(text, true));

                assertThat(text.toString())
                        .contains("E15 ssh: the console output of " + instanceId + " announces no SSH host keys")
                        .contains("not logging in");
            } finally {
                ec2.terminateInstances(r -> r.instanceIds(instanceId));
            }
        }
    }
}
