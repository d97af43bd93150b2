package dev.awsrecipes.cli.s3;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.s3.S3Recipes;
import dev.awsrecipes.s3.StoredObject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import software.amazon.awssdk.services.s3.model.StorageClass;

/** {@code aws-recipes put-object}: S2, S3, S8, one private object from a file or a string. */
@Command(name = "put-object", description = "Store a file or a string as a private object, with metadata and class.")
public final class PutObjectCommand extends ObjectCommand<StoredObject> {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Content content;

    @Option(names = "--content-type", paramLabel = "TYPE", description = "Content-Type; from the file name by default.")
    String contentType;

    @Option(names = "--metadata", paramLabel = "NAME=VALUE", description = "User metadata; repeat for more.")
    Map<String, String> metadata = new LinkedHashMap<>();

    @Option(
            names = "--storage-class",
            paramLabel = "CLASS",
            description =
                    "STANDARD (default), STANDARD_IA, ONEZONE_IA, INTELLIGENT_TIERING, GLACIER_IR, GLACIER, DEEP_ARCHIVE.")
    StorageClass storageClass;

    /** Where the content comes from. */
    static final class Content {
        @Option(names = "--file", paramLabel = "FILE", description = "File to store.")
        Path file;

        @Option(names = "--text", paramLabel = "TEXT", description = "Text to store, as UTF-8.")
        String text;
    }

    /** Named so a bad file's message starts with --file, as when this command checked it itself. */
    @Override
    protected Map<String, String> optionsForArguments() {
        return Map.of("file", "--file");
    }

    @Override
    protected StoredObject run(Aws aws) {
        return S3Recipes.using(aws).putObject(p -> {
            p.bucket(object.bucket()).key(object.key()).metadata(metadata).storageClass(storageClass);
            if (content.file != null) {
                p.file(content.file);
            } else {
                p.text(content.text);
            }
            if (contentType != null) {
                p.contentType(contentType);
            }
        });
    }

    @Override
    protected void printText(PrintWriter out, StoredObject result) {
        out.println("stored s3://" + result.bucket() + "/" + result.key() + " (" + result.bytes() + " bytes, etag "
                + result.eTag() + (result.versionId() == null ? "" : ", version " + result.versionId()) + ")");
    }

    /** What {@code --json} prints; versionId is null in a bucket without versioning. */
    record Json(String bucket, String key, String etag, String versionId, long bytes) {}

    @Override
    protected Object jsonView(StoredObject r) {
        return new Json(r.bucket(), r.key(), r.eTag(), r.versionId(), r.bytes());
    }
}
