package dev.awsrecipes.cli.s3;

import java.util.List;

/** Subcommands for buckets and objects (everything of S3 but the upload engine). */
public final class S3ObjectCommands {
    private S3ObjectCommands() {}

    public static List<Object> all() {
        return List.of(
                new CreateBucketCommand(),
                new PutObjectCommand(),
                new GetObjectCommand(),
                new ObjectInfoCommand(),
                new BucketDuCommand(),
                new CopyObjectCommand(),
                new SetMetadataCommand(),
                new StorageClassCommand(),
                new AccessLoggingCommand(),
                new ExpiringUrlCommand(),
                new VersioningCommand(),
                new ListVersionsCommand(),
                new WebsiteCommand(),
                new DeleteBucketCommand());
    }
}
