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

@ExtendWith(LocalStackExtension.class)
class InstanceTourIT {

    @Test
    void tour_runsEveryInstanceRecipeAndLeavesNothingBehind(LocalStack localStack) {
        try (Aws aws = localStack.sessionForAccount(LocalStack.newAccountId())) {
            StringWriter text = new StringWriter();

            InstanceTour.run(aws, new PrintWriter(text, true));

            assertThat(text.toString())
                    .contains("E6 ", "E7 ", "E8 ", "E9 ", "E10 ", "E11 ", "E12 ", "E14 ", "cleaned up 2 instance(s)");
            Ec2Client ec2 = aws.client(Ec2Recipes.EC2);
            assertThat(ec2.describeInstancesPaginator().reservations().stream().flatMap(r -> r.instances().stream()))
                    .allSatisfy(i -> assertThat(i.state().nameAsString()).isEqualTo("terminated"));
            assertThat(ec2.describeVolumes().volumes()).isEmpty();
            assertThat(ec2.describeAddresses().addresses()).isEmpty();
        }
    }
}
