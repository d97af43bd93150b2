package dev.awsrecipes.cli.s3;

import dev.awsrecipes.core.LocalIoException;
import dev.awsrecipes.s3.S3Transfers;
import dev.awsrecipes.s3.S3Uri;
import dev.awsrecipes.s3.UploadResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code cp - s3://B/K}: standard input stored as one object. Until the library uploads a stream of unknown
 * length itself (the stream-upload work, {@code S3Transfers.upload(StreamUploadSpec)}), stdin is first written to
 * a temporary file, which is then uploaded as any file is: in parts, verified, nothing stored under the key unless
 * the whole stream arrived. The price is disk space for the whole stream; the file is deleted in every case.
 */
final class StdinUpload {
    private StdinUpload() {}

    static UploadResult upload(S3Transfers transfers, InputStream in, S3Uri target, long partSize, int concurrency) {
        Path spool;
        try {
            spool = Files.createTempFile("aws-recipes-stdin-", ".tmp");
        } catch (IOException e) {
            throw new LocalIoException("a temporary file for stdin", e);
        }
        try {
            try (OutputStream out = Files.newOutputStream(spool)) {
                in.transferTo(out);
            } catch (IOException e) {
                throw new LocalIoException("stdin into " + spool, e);
            }
            return transfers.upload(u -> u.bucket(target.bucket())
                    .key(target.key())
                    .file(spool)
                    .partSize(partSize)
                    .concurrency(concurrency)
                    .contentType("application/octet-stream"));
        } finally {
            try {
                Files.deleteIfExists(spool);
            } catch (IOException e) {
                // Nothing more to do: the temporary directory is cleaned by the system.
            }
        }
    }
}
