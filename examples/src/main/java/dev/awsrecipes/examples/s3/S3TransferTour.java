package dev.awsrecipes.examples.s3;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.s3.S3Limits;
import dev.awsrecipes.s3.S3Recipes;
import dev.awsrecipes.s3.S3Transfers;
import dev.awsrecipes.s3.StaleUpload;
import dev.awsrecipes.s3.TreeUploadResult;
import dev.awsrecipes.s3.UploadResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The upload-engine part of the tour: S12 a ~20 MiB file in parts with progress and a byte-for-byte
 * check, S14 a small tree moved under a prefix, and the stale-upload clean-up. Deletes what it made.
 */
public final class S3TransferTour {
    private static final long MIB = S3Limits.MIB;

    private S3TransferTour() {}

    /** Runs the S12/S14/stale-upload steps in a bucket of its own, printing each, then deletes it. */
    public static void run(Aws aws, PrintWriter out) {
        String bucket = "tour-up-" + UUID.randomUUID().toString().substring(0, 8);
        S3Recipes.using(aws).createBucket(bucket);
        S3Client s3 = aws.client(S3Recipes.S3);
        Path work = null;
        try {
            work = Files.createTempDirectory("aws-recipes-tour");
            S3Transfers transfers = S3Transfers.using(aws);
            multipart(transfers, s3, bucket, work, out);
            tree(transfers, bucket, work, out);
            stale(transfers, s3, bucket, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            s3.listObjectsV2Paginator(r -> r.bucket(bucket))
                    .contents()
                    .forEach(o -> s3.deleteObject(r -> r.bucket(bucket).key(o.key())));
            s3.deleteBucket(r -> r.bucket(bucket));
            ScratchDirectory.delete(work);
            out.println("cleaned up bucket " + bucket);
        }
    }

    private static void multipart(S3Transfers transfers, S3Client s3, String bucket, Path work, PrintWriter out)
            throws IOException {
        Path file = work.resolve("tour-20MiB.bin");
        byte[] block = new byte[(int) MIB];
        Random random = new Random(42);
        try (OutputStream o = Files.newOutputStream(file)) {
            for (int i = 0; i < 20; i++) {
                random.nextBytes(block);
                o.write(block);
            }
        }
        AtomicInteger lastTenth = new AtomicInteger(-1);
        UploadResult result = transfers.upload(u -> u.bucket(bucket)
                .key("tour/20MiB.bin")
                .file(file)
                .partSize(5 * MIB)
                .concurrency(4)
                .listener(p -> {
                    int tenth = (int) (p.fraction() * 10);
                    if (lastTenth.getAndSet(tenth) != tenth) {
                        out.printf(
                                "  S12 progress: %3d%%  %d/%d parts%n",
                                (int) (100 * p.fraction()), p.partsDone(), p.partsTotal());
                    }
                }));
        out.println("S12 multipartUpload: " + result.bytes() + " bytes in " + result.parts() + " parts, CRC32C "
                + result.checksum() + " verified by HeadObject");
        boolean same;
        try (InputStream in = s3.getObject(r -> r.bucket(bucket).key("tour/20MiB.bin"))) {
            same = sha256(in).equals(sha256(Files.newInputStream(file)));
        }
        out.println("S12 downloaded with GetObject: byte-identical=" + same);
    }

    private static void tree(S3Transfers transfers, String bucket, Path work, PrintWriter out) throws IOException {
        Path dir = Files.createDirectories(work.resolve("site/css"));
        Files.writeString(work.resolve("site/index.html"), "<h1>tour</h1>");
        Files.writeString(dir.resolve("site.css"), "h1{color:teal}");
        TreeUploadResult tree = transfers.uploadTree(t ->
                t.directory(work.resolve("site")).bucket(bucket).prefix("site/").removeSource(true));
        tree.uploaded()
                .forEach(f -> out.println("S14 uploadTree: " + f.file().getFileName() + " -> " + f.key()
                        + (f.removed() ? " (source removed after verification)" : "")));
    }

    private static void stale(S3Transfers transfers, S3Client s3, String bucket, PrintWriter out) {
        s3.createMultipartUpload(r -> r.bucket(bucket).key("tour/abandoned.bin"));
        List<StaleUpload> aborted = transfers.abortStaleUploads(bucket, Duration.ZERO);
        out.println("stale uploads: aborted " + aborted.size() + " unfinished upload(s); left: "
                + s3.listMultipartUploads(r -> r.bucket(bucket)).uploads().size());
    }

    private static String sha256(InputStream in) throws IOException {
        try (DigestInputStream digest = new DigestInputStream(in, MessageDigest.getInstance("SHA-256"))) {
            digest.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(digest.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
