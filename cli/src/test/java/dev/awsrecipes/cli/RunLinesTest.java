package dev.awsrecipes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The options given to {@code run} reach each line unless the line gives them itself. */
class RunLinesTest {

    @Test
    void aLineKeepsItsOwnOptionsAndGetsTheOthers() {
        List<String> inherited = List.of("--region", "eu-west-1", "--endpoint-url", "http://e", "--json");
        assertThat(RunCommand.withInherited(List.of("ls", "s3://b", "--json", "--region=us-east-1"), inherited))
                .containsExactly("ls", "s3://b", "--json", "--region=us-east-1", "--endpoint-url", "http://e");
        assertThat(RunCommand.withInherited(List.of("ls"), inherited))
                .containsExactly("ls", "--region", "eu-west-1", "--endpoint-url", "http://e", "--json");
    }
}
