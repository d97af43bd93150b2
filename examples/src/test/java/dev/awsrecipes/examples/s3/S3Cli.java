package dev.awsrecipes.examples.s3;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsrecipes.core.Environment;
import dev.awsrecipes.examples.cli.AwsRecipesCli;
import dev.awsrecipes.examples.cli.Json;
import dev.awsrecipes.testing.LocalStack;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs {@code aws-recipes} in-process against LocalStack, as a user with the test keys would. */
final class S3Cli {
    private final LocalStack localStack;

    S3Cli(LocalStack localStack) {
        this.localStack = localStack;
    }

    /** What one command line printed and returned. */
    record Result(int exitCode, String out, String err) {
        JsonNode json() {
            try {
                return Json.mapper().readTree(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).toList();
        }

        List<String> fieldNames() {
            List<String> names = new ArrayList<>();
            json().fieldNames().forEachRemaining(names::add);
            return names;
        }
    }

    Result run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--endpoint-url");
        all.add(localStack.endpoint().toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AwsRecipesCli.run(
                all.toArray(String[]::new),
                new PrintWriter(out),
                new PrintWriter(err),
                Environment.of(Map.of(
                        "AWS_ACCESS_KEY_ID", "test",
                        "AWS_SECRET_ACCESS_KEY", "test",
                        "AWS_REGION", localStack.region().id())));
        return new Result(code, out.toString(), err.toString());
    }
}
