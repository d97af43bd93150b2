package dev.awsrecipes.cli.s3;

import dev.awsrecipes.cli.CliResult;
import dev.awsrecipes.cli.CliRun;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.s3.S3Recipes;
import dev.awsrecipes.testing.S3Server;
import dev.awsrecipes.testing.ScratchBucket;
import dev.awsrecipes.testing.TestFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Runs {@code aws-recipes} in-process against an S3 server with a bucket of its own, which close() empties
 * (objects and unfinished uploads) and deletes. Also makes random files and digests them.
 */
final class UploadCli implements AutoCloseable {
    final S3Server server;
    final Aws aws;
    final S3Client s3;
    final String bucket;
    private final ScratchBucket scratch;

    UploadCli(S3Server server) {
        this.server = server;
        this.aws = server.session();
        this.s3 = aws.client(S3Recipes.S3);
        this.scratch = ScratchBucket.create(s3, "s3b-cli");
        this.bucket = scratch.name();
    }

    static Map<String, String> environment(S3Server server) {
        return server.cliEnvironment();
    }

    /** Runs the command as the server's test user, against the server. */
    CliResult run(String... args) {
        return CliRun.on(server, args);
    }

    int openUploads() {
        return s3.listMultipartUploads(r -> r.bucket(bucket)).uploads().size();
    }

    int objects() {
        return s3.listObjectsV2(r -> r.bucket(bucket)).contents().size();
    }

    String objectSha256(String key) {
        try (InputStream in = s3.getObject(r -> r.bucket(bucket).key(key))) {
            return TestFiles.sha256(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try (aws) {
            scratch.close();
        }
    }
}
