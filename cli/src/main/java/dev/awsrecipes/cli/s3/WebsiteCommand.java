package dev.awsrecipes.cli.s3;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.s3.S3Recipes;
import dev.awsrecipes.s3.Website;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aws-recipes website}: S11, a directory published as a public static website. */
@Command(name = "website", description = "Publish a directory as a public static website and print its address.")
public final class WebsiteCommand extends BucketCommand<Website> {
    @Option(names = "--dir", required = true, paramLabel = "DIR", description = "Directory with the site's files.")
    Path directory;

    @Option(names = "--index", paramLabel = "FILE", description = "Index document (default ${DEFAULT-VALUE}).")
    String index = "index.html";

    @Option(names = "--error-document", paramLabel = "KEY", description = "Page served on errors, e.g. error.html.")
    String errorDocument;

    /** The recipe calls the site's folder {@code directory}; a bad-input message names --dir instead. */
    @Override
    protected Map<String, String> optionsForArguments() {
        return Map.of("directory", "--dir");
    }

    @Override
    protected Website run(Aws aws) {
        return S3Recipes.using(aws).publishWebsite(w -> w.bucket(target.bucket())
                .directory(directory)
                .indexDocument(index)
                .errorDocument(errorDocument));
    }

    @Override
    protected void printText(PrintWriter out, Website result) {
        out.println("published " + result.files() + " files (" + result.bytes() + " bytes) to " + result.bucket());
        out.println(result.endpoint());
    }

    /** What {@code --json} prints. */
    record Json(String bucket, String endpoint, int files, long bytes) {}

    @Override
    protected Object jsonView(Website result) {
        return new Json(result.bucket(), result.endpoint().toString(), result.files(), result.bytes());
    }
}
