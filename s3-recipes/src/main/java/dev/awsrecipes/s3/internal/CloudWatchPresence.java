package dev.awsrecipes.s3.internal;

/**
 * Whether the CloudWatch client, an optional dependency of the module, is on the class path. Apart from
 * {@link BucketMetrics} (which links to the client as soon as it is initialised, so it must not be touched
 * to find out), so nothing here names a CloudWatch type.
 */
final class CloudWatchPresence {
    private static final String CLIENT_CLASS = "software.amazon.awssdk.services.cloudwatch.CloudWatchClient";

    private CloudWatchPresence() {}

    /** Whether the CloudWatch client (software.amazon.awssdk:cloudwatch) can be loaded. */
    static boolean available() {
        try {
            Class.forName(CLIENT_CLASS, false, CloudWatchPresence.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** The message for a caller without the CloudWatch client. */
    static String missingMessage() {
        return "reading CloudWatch's storage metrics needs the AWS SDK's CloudWatch client on the class path"
                + " (Maven: software.amazon.awssdk:cloudwatch, the same version as the S3 client); it is an"
                + " optional dependency of aws-recipes-s3";
    }
}
