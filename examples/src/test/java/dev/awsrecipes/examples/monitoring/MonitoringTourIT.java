package dev.awsrecipes.examples.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.ec2.Ec2Recipes;
import dev.awsrecipes.monitoring.MonitoringServices;
import dev.awsrecipes.testing.LocalStack;
import dev.awsrecipes.testing.LocalStackExtension;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(LocalStackExtension.class)
class MonitoringTourIT {

    @Test
    void tour_runsEveryMonitoringRecipeAndLeavesNoAlarmTopicUserOrInstance(LocalStack localStack) {
        try (Aws aws = localStack.sessionForAccount(LocalStack.newAccountId())) {
            StringWriter text = new StringWriter();

            MonitoringTour.run(aws, new PrintWriter(text, true));

            assertThat(text.toString())
                    .contains("M1 ", "M2 ", "M3 ", "M4 ", "M5 ", "M6 ", "M7 ", "M8 ", "M9 ", "cleaned up");
            assertThat(text.toString()).contains("secretAccessKey=****");
            assertThat(aws.client(MonitoringServices.CLOUDWATCH)
                            .describeAlarms()
                            .metricAlarms())
                    .isEmpty();
            assertThat(aws.client(MonitoringServices.SNS).listTopics().topics()).isEmpty();
            assertThat(aws.client(MonitoringServices.IAM).listUsers().users()).isEmpty();
            assertThat(aws.client(Ec2Recipes.EC2).describeInstances().reservations().stream()
                            .flatMap(r -> r.instances().stream()))
                    .allSatisfy(i -> assertThat(i.state().nameAsString()).isIn("terminated", "shutting-down"));
        }
    }
}
