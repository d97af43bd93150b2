package dev.awsrecipes.examples.s3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.s3.S3Recipes;
import dev.awsrecipes.testing.LocalStack;
import dev.awsrecipes.testing.S3ServerKind;
import dev.awsrecipes.testing.S3ServerTest;
import java.io.PrintWriter;
import java.io.StringWriter;

/** The S3 part of the tour runs every object recipe and leaves no bucket behind. */
class S3TourIT {

    @S3ServerTest(
            value = S3ServerKind.LOCALSTACK,
            because = "the tour runs S7 and S11, which need access logging and public access blocks,"
                    + " which versitygw 1.8 does not implement; and it needs an account of its own")
    void tour_runsEveryRecipeAndCleansUp(LocalStack localStack) {
        try (Aws aws = localStack.sessionForAccount(LocalStack.newAccountId())) {
            StringWriter out = new StringWriter();

            S3Tour.run(aws, new PrintWriter(out, true));

            assertThat(out.toString())
                    .contains("S1 ", "S2 ", "S3 ", "S4 ", "S5 ", "S6 ", "S7 ", "S8 ", "S9 ", "S10 ", "S11 ", "S13 ")
                    .contains("upload answered 200", "download answered 200");
            assertThat(aws.client(S3Recipes.S3).listBuckets().buckets())
                    .as("nothing left behind")
                    .isEmpty();
        }
    }
}
