package dev.awsrecipes.cli.s3;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.s3.ObjectInfo;
import dev.awsrecipes.s3.S3Recipes;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aws-recipes set-metadata}: S6, an object's user metadata replaced in place. */
@Command(name = "set-metadata", description = "Replace an object's user metadata in place, without re-uploading.")
public final class SetMetadataCommand extends DescribedObjectCommand {
    @Option(
            names = "--metadata",
            required = true,
            paramLabel = "NAME=VALUE",
            description = "The new user metadata; repeat for more. Entries not given are removed.")
    Map<String, String> metadata;

    @Override
    protected ObjectInfo run(Aws aws) {
        return S3Recipes.using(aws).replaceMetadata(object.bucket(), object.key(), metadata);
    }
}
