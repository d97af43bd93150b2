package dev.awsrecipes.s3.internal;

import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.core.ParallelCalls;
import dev.awsrecipes.core.RecipeContext;
import dev.awsrecipes.s3.Bucket;
import dev.awsrecipes.s3.Website;
import dev.awsrecipes.s3.WebsiteSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.policybuilder.iam.IamEffect;
import software.amazon.awssdk.policybuilder.iam.IamPrincipal;
import software.amazon.awssdk.policybuilder.iam.IamStatement;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * S11: a directory published as a static website: every file with the content type its extension
 * calls for, read access for everyone through the bucket policy (ACLs stay off), and S3's website
 * hosting with index and error documents.
 */
record Websites(RecipeContext context, Buckets buckets) {
    /** The regions whose website endpoints are written {@code s3-website-REGION}; the others use a dot. */
    private static final Set<String> DASH_REGIONS = Set.of(
            "us-east-1",
            "us-west-1",
            "us-west-2",
            "ap-southeast-1",
            "ap-southeast-2",
            "ap-northeast-1",
            "eu-west-1",
            "sa-east-1",
            "us-gov-west-1");

    private static final Logger LOG = LoggerFactory.getLogger(Websites.class);

    Website publish(WebsiteSpec spec) {
        Check.notNull(spec, "spec");
        String name = spec.bucket();
        Path directory = spec.directory();
        if (!Files.isDirectory(directory)) {
            throw new InvalidArgumentException(
                    "directory", "directory " + directory + " does not exist or is not a directory");
        }
        directory = TreeUploader.followed(directory);
        String index = spec.indexDocument();
        List<Path> files = files(directory);
        Check.that(!files.isEmpty(), "directory", directory + " holds no files");
        Bucket bucket = buckets.create(name, null);
        S3Client s3 = S3Services.client(context, bucket.region());
        // Block Public Access is on for new buckets; only the policy part is lifted, ACLs stay blocked.
        s3.putPublicAccessBlock(p -> p.bucket(name).publicAccessBlockConfiguration(c -> c.blockPublicAcls(true)
                .ignorePublicAcls(true)
                .blockPublicPolicy(false)
                .restrictPublicBuckets(false)));
        BucketPolicies.putStatement(s3, name, publicRead(bucket.region(), name));
        long bytes = upload(s3, name, directory, files);
        s3.putBucketWebsite(p -> p.bucket(name).websiteConfiguration(w -> {
            w.indexDocument(i -> i.suffix(index));
            if (spec.errorDocument() != null) {
                w.errorDocument(e -> e.key(spec.errorDocument()));
            }
        }));
        URI endpoint = endpoint(name, bucket.region());
        LOG.info("website {} published: {} files at {}", name, files.size(), endpoint);
        return new Website(name, endpoint, files.size(), bytes, index, spec.errorDocument());
    }

    /**
     * The website address by AWS's rules: {@code http://BUCKET.s3-website-REGION.amazonaws.com} in the
     * regions that opened before 2014, {@code s3-website.REGION} (with a dot) in the others, under {@code
     * amazonaws.com.cn} in China. An overridden S3 endpoint does not change it: other servers serve
     * websites (if at all) under names of their own, which their users know.
     */
    static URI endpoint(String bucket, Region region) {
        String separator = DASH_REGIONS.contains(region.id()) ? "-" : ".";
        String suffix = region.id().startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com";
        return URI.create("http://" + bucket + ".s3-website" + separator + region.id() + "." + suffix);
    }

    private long upload(S3Client s3, String bucket, Path directory, List<Path> files) {
        List<Callable<Long>> uploads = new ArrayList<>(files.size());
        for (Path file : files) {
            // Keys use '/' whatever the platform's separator.
            String key = directory
                    .relativize(file)
                    .toString()
                    .replace(file.getFileSystem().getSeparator(), "/");
            uploads.add(() -> {
                s3.putObject(
                        p -> p.bucket(bucket).key(key).contentType(ContentTypes.of(file)), RequestBody.fromFile(file));
                return file.toFile().length();
            });
        }
        return ParallelCalls.runAll(context.executor(), context.maxInFlight(), uploads).stream()
                .mapToLong(Long::longValue)
                .sum();
    }

    private static List<Path> files(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            files.forEach(f -> Check.representable(f, "directory"));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read directory " + directory, e);
        }
    }

    private static IamStatement publicRead(Region region, String bucket) {
        return IamStatement.builder()
                .sid("PublicReadForWebsite")
                .effect(IamEffect.ALLOW)
                .addPrincipal(IamPrincipal.ALL)
                .addAction("s3:GetObject")
                .addResource(BucketPolicies.arn(region, bucket + "/*"))
                .build();
    }
}
