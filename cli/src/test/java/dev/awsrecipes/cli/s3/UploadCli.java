package dev.awsrecipes.cli.s3;

import dev.awsrecipes.cli.CliResult;
import dev.awsrecipes.cli.CliRun;
import dev.awsrecipes.cli.ScratchBucket;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.testing.S3Server;
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
        this.scratch = new ScratchBucket(server.session(), "s3b-cli");
        this.aws = scratch.aws();
        this.s3 = scratch.s3();
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
        scratch.close();
    }
}
