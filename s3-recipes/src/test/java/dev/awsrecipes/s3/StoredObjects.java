package dev.awsrecipes.s3;

import dev.awsrecipes.testing.TestFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import software.amazon.awssdk.services.s3.S3Client;

/** What S3 stores, read back with the plain SDK: another client than the recipe that wrote it. */
final class StoredObjects {
    private StoredObjects() {}

    /** The digest of the object as a plain GetObject returns it. */
    static String sha256(S3Client s3, String bucket, String key) {
        try (InputStream in = s3.getObject(r -> r.bucket(bucket).key(key))) {
            return TestFiles.sha256(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
