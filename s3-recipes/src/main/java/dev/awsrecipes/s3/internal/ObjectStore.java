package dev.awsrecipes.s3.internal;

import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.core.LocalIoException;
import dev.awsrecipes.core.RecipeContext;
import dev.awsrecipes.s3.BucketNames;
import dev.awsrecipes.s3.ObjectInfo;
import dev.awsrecipes.s3.PutObjectSpec;
import dev.awsrecipes.s3.StoredObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/** S2 and S3: storing objects (private, with metadata) and reading them back. */
record ObjectStore(RecipeContext context) {
    private static final Logger LOG = LoggerFactory.getLogger(ObjectStore.class);

    StoredObject put(PutObjectSpec spec) {
        Check.notNull(spec, "spec");
        String bucket = spec.bucket();
        String key = spec.key();
        String contentType = spec.contentType();
        RequestBody body;
        long length;
        if (spec.file() != null) {
            Path file = readableFile("file", spec.file());
            length = size(file);
            body = RequestBody.fromFile(file);
            if (contentType == null) {
                contentType = ContentTypes.of(file);
            }
        } else if (spec.stream() != null) {
            length = spec.streamLength();
            body = RequestBody.fromInputStream(spec.stream(), length);
        } else {
            byte[] bytes = spec.bytes();
            length = bytes.length;
            body = RequestBody.fromBytes(bytes);
        }
        String type = contentType;
        // No ACL is sent: new objects are private to the bucket owner, and buckets with ACLs disabled
        // (the default since 2023) reject any ACL but bucket-owner-full-control anyway.
        PutObjectResponse response = client().putObject(
                        p -> p.bucket(bucket)
                                .key(key)
                                .contentType(type)
                                .metadata(spec.metadata())
                                .storageClass(spec.storageClass()),
                        body);
        LOG.debug("stored s3://{}/{} ({} bytes)", bucket, key, length);
        return new StoredObject(bucket, key, S3Args.unquote(response.eTag()), response.versionId(), length);
    }

    byte[] readBytes(String bucket, String key) {
        BucketNames.check("bucket", bucket);
        BucketNames.checkKey("key", key);
        return client().getObjectAsBytes(g -> g.bucket(bucket).key(key)).asByteArray();
    }

    String readString(String bucket, String key) {
        return new String(readBytes(bucket, key), StandardCharsets.UTF_8);
    }

    /**
     * Saves the object into a new file. The SDK's {@code toFile} would retry a full disk four times and
     * call it an AWS error; here the body is copied by hand so a failure to write is named as local, is
     * not retried, and the partial file is removed.
     */
    ObjectInfo download(String bucket, String key, Path file) {
        BucketNames.check("bucket", bucket);
        BucketNames.checkKey("key", key);
        Check.representable(file, "file");
        Check.that(!Files.exists(file), "file", file + " already exists; choose a new file, it is never overwritten");
        Path parent = file.toAbsolutePath().getParent();
        Check.that(parent != null && Files.isDirectory(parent), "file", "has no directory " + parent);
        try (ResponseInputStream<GetObjectResponse> in =
                client().getObject(g -> g.bucket(bucket).key(key))) {
            OutputStream out;
            try {
                out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw new LocalIoException(file.toString(), e);
            }
            boolean done = false;
            try (out) {
                copy(in, out, bucket, key, file.toString());
                done = true;
            } catch (IOException e) {
                throw new LocalIoException(file.toString(), e);
            } finally {
                if (!done) {
                    deleteQuietly(file);
                }
            }
            return of(bucket, key, in.response());
        } catch (IOException e) {
            throw new UncheckedIOException("closing the response of s3://" + bucket + "/" + key, e);
        }
    }

    /**
     * Streams the object into {@code out} as it arrives (never whole in memory); {@code target} names
     * {@code out} in a message when writing fails ({@code stdout}, a file name).
     */
    ObjectInfo writeTo(String bucket, String key, OutputStream out, String target) {
        BucketNames.check("bucket", bucket);
        BucketNames.checkKey("key", key);
        Check.notNull(out, "out");
        try (ResponseInputStream<GetObjectResponse> in =
                client().getObject(g -> g.bucket(bucket).key(key))) {
            copy(in, out, bucket, key, target);
            try {
                out.flush();
            } catch (IOException e) {
                throw new LocalIoException(target, e);
            }
            return of(bucket, key, in.response());
        } catch (IOException e) {
            throw new UncheckedIOException("closing the response of s3://" + bucket + "/" + key, e);
        }
    }

    /** Copies the body; a failed read is the network's, a failed write is local and never retried. */
    private static void copy(InputStream in, OutputStream out, String bucket, String key, String target) {
        byte[] buffer = new byte[64 * 1024];
        while (true) {
            int n;
            try {
                n = in.read(buffer);
            } catch (IOException e) {
                throw new UncheckedIOException("reading s3://" + bucket + "/" + key + " failed: " + e.getMessage(), e);
            }
            if (n < 0) {
                return;
            }
            try {
                out.write(buffer, 0, n);
            } catch (IOException e) {
                throw new LocalIoException(target, e);
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("could not remove the partial download {}: {}", file, e.toString());
        }
    }

    static ObjectInfo of(String bucket, String key, GetObjectResponse response) {
        return new ObjectInfo(
                bucket,
                key,
                response.contentLength(),
                S3Args.unquote(response.eTag()),
                response.contentType(),
                storageClassOf(response.storageClassAsString()),
                response.metadata(),
                response.lastModified(),
                response.versionId());
    }

    ObjectInfo info(String bucket, String key) {
        BucketNames.check("bucket", bucket);
        BucketNames.checkKey("key", key);
        return info(client(), bucket, key);
    }

    static ObjectInfo info(S3Client s3, String bucket, String key) {
        HeadObjectResponse head = s3.headObject(h -> h.bucket(bucket).key(key));
        return of(bucket, key, head);
    }

    static ObjectInfo of(String bucket, String key, HeadObjectResponse head) {
        Map<String, String> metadata = head.metadata();
        Instant modified = head.lastModified();
        return new ObjectInfo(
                bucket,
                key,
                head.contentLength(),
                S3Args.unquote(head.eTag()),
                head.contentType(),
                storageClassOf(head.storageClassAsString()),
                metadata,
                modified,
                head.versionId());
    }

    /** S3 leaves the storage class out of responses for STANDARD objects. */
    static String storageClassOf(String reported) {
        return reported == null || reported.isEmpty() ? "STANDARD" : reported;
    }

    static Path readableFile(String argument, Path file) {
        Check.notNull(file, argument);
        if (!Files.isRegularFile(file)) {
            throw new InvalidArgumentException(argument, argument + " " + file + " does not exist or is not a file");
        }
        Check.that(Files.isReadable(file), argument, file + " is not readable");
        return file;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read the size of " + file, e);
        }
    }

    private S3Client client() {
        return S3Services.client(context);
    }
}
