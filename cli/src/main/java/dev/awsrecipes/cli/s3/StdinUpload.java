package dev.awsrecipes.cli.s3;

import dev.awsrecipes.s3.S3Transfers;
import dev.awsrecipes.s3.S3Uri;
import dev.awsrecipes.s3.UploadResult;
import java.io.InputStream;

/**
 * {@code cp - s3://B/K}: standard input stored as one object, as it arrives: one PutObject when it ends within
 * the first part, else parts read while earlier ones go up, at most {@code concurrency} parts in memory, each
 * with its checksum, the whole verified, and the multipart upload aborted on any failure so nothing is stored
 * under the key unless the whole stream arrived ({@link S3Transfers#uploadStream}).
 */
final class StdinUpload {
    private StdinUpload() {}

    static UploadResult upload(S3Transfers transfers, InputStream in, S3Uri target, long partSize, int concurrency) {
        return transfers.uploadStream(u -> u.bucket(target.bucket())
                .key(target.key())
                .input(in)
                .partSize(partSize)
                .concurrency(concurrency)
                .contentType("application/octet-stream"));
    }
}
