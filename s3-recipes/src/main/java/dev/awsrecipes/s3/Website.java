package dev.awsrecipes.s3;

import java.net.URI;

/**
 * A bucket serving a static website, as {@link S3Recipes#publishWebsite} left it.
 *
 * @param bucket the bucket
 * @param endpoint the website's address, e.g. {@code http://my-site.s3-website-us-east-1.amazonaws.com}
 * @param files how many files were uploaded
 * @param bytes how many bytes they hold
 * @param indexDocument the page served for a directory, e.g. {@code index.html}
 * @param errorDocument the page served on errors (404 and others), null when S3's own is used
 */
public record Website(String bucket, URI endpoint, int files, long bytes, String indexDocument, String errorDocument) {}
