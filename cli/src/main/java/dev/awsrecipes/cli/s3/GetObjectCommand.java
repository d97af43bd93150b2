package dev.awsrecipes.cli.s3;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.s3.ObjectInfo;
import dev.awsrecipes.s3.S3Recipes;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code aws-recipes get-object}: S2, an object read back into a new file, or onto stdout byte for
 * byte, streamed (a 300 MiB object passes through a 64 MiB heap).
 */
@Command(
        name = "get-object",
        description = "Download an object into a new file, or write its exact bytes to stdout (streamed).")
public final class GetObjectCommand extends ObjectCommand<GetObjectCommand.Fetched> {
    @Option(names = "--output", paramLabel = "FILE", description = "New file to save into (never overwritten).")
    Path output;

    /** The object's description and, with --json and without --output, its text. */
    record Fetched(ObjectInfo info, String text, boolean streamed) {}

    /** The recipe calls the new file {@code file}; a bad-input message names --output instead. */
    @Override
    protected Map<String, String> optionsForArguments() {
        return Map.of("file", "--output");
    }

    @Override
    protected Fetched run(Aws aws) {
        S3Recipes s3 = S3Recipes.using(aws);
        if (output != null) {
            return new Fetched(s3.download(object.bucket(), object.key(), output), null, false);
        }
        if (options().json()) {
            // One JSON document holds the text; for bytes, leave out --json.
            return new Fetched(
                    s3.objectInfo(object.bucket(), object.key()), s3.readString(object.bucket(), object.key()), false);
        }
        return new Fetched(s3.writeTo(object.bucket(), object.key(), stdout(), "stdout"), null, true);
    }

    @Override
    protected void printText(PrintWriter out, Fetched result) {
        if (output != null) {
            out.println("saved " + result.info().bytes() + " bytes to " + output);
        }
        // Streamed to stdout already: nothing may be added to the object's bytes.
    }

    @Override
    protected Object jsonView(Fetched result) {
        var json = ObjectViews.json(result.info());
        if (output != null) {
            json.put("file", output.toString());
        } else {
            json.put("text", result.text());
        }
        return json;
    }
}
