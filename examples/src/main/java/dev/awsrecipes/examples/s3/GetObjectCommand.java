package dev.awsrecipes.examples.s3;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.examples.cli.RecipeCommand;
import dev.awsrecipes.s3.BucketNames;
import dev.awsrecipes.s3.ObjectInfo;
import dev.awsrecipes.s3.S3Recipes;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aws-recipes get-object}: S2, an object read back into a new file or onto stdout as text. */
@Command(name = "get-object", description = "Download an object into a new file, or print it as UTF-8 text.")
public final class GetObjectCommand extends RecipeCommand<GetObjectCommand.Fetched> {
    @Option(names = "--bucket", required = true, paramLabel = "B", description = "Bucket name.")
    String bucket;

    @Option(names = "--key", required = true, paramLabel = "K", description = "Object key.")
    String key;

    @Option(names = "--output", paramLabel = "FILE", description = "New file to save into (never overwritten).")
    Path output;

    /** The object's description and, without --output, its text. */
    record Fetched(ObjectInfo info, String text) {}

    @Override
    protected void validate() {
        BucketNames.check("--bucket", bucket);
        BucketNames.checkKey("--key", key);
        if (output != null && Files.exists(output)) {
            throw new dev.awsrecipes.core.InvalidArgumentException(
                    "--output", "--output " + output + " already exists; it is never overwritten");
        }
    }

    @Override
    protected Fetched run(Aws aws) {
        S3Recipes s3 = S3Recipes.using(aws);
        if (output != null) {
            return new Fetched(s3.download(bucket, key, output), null);
        }
        return new Fetched(s3.objectInfo(bucket, key), s3.readString(bucket, key));
    }

    @Override
    protected void printText(PrintWriter out, Fetched result) {
        if (result.text() != null) {
            out.print(result.text());
        } else {
            out.println("saved " + result.info().bytes() + " bytes to " + output);
        }
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
