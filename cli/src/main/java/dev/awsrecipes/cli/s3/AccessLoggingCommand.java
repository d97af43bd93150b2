package dev.awsrecipes.cli.s3;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.s3.AccessLoggingStatus;
import dev.awsrecipes.s3.BucketNames;
import dev.awsrecipes.s3.S3Recipes;
import java.io.PrintWriter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aws-recipes access-logging}: S7, server access logging on, off, or its status. */
@Command(
        name = "access-logging",
        description = "Show, enable (--enable --target-bucket T) or disable (--disable) server access logging.")
public final class AccessLoggingCommand extends BucketCommand<AccessLoggingStatus> {
    @ArgGroup(exclusive = true)
    Switch change = new Switch();

    /** At most one of --enable and --disable; neither shows the current setting. */
    static final class Switch {
        @Option(names = "--enable", description = "Turn logging on (needs --target-bucket).")
        boolean enable;

        @Option(names = "--disable", description = "Turn logging off.")
        boolean disable;
    }

    @Option(names = "--target-bucket", paramLabel = "T", description = "Bucket receiving the logs (same region).")
    String targetBucket;

    @Option(names = "--target-prefix", paramLabel = "P", description = "Key prefix of the log files (default logs/B/).")
    String targetPrefix;

    @Override
    protected void validate() {
        super.validate();
        if (change.enable) {
            BucketNames.check("--target-bucket", targetBucket);
        } else if (targetBucket != null || targetPrefix != null) {
            throw new InvalidArgumentException("--target-bucket", "--target-bucket and --target-prefix need --enable");
        }
    }

    @Override
    protected AccessLoggingStatus run(Aws aws) {
        S3Recipes s3 = S3Recipes.using(aws);
        if (change.enable) {
            return s3.enableAccessLogging(
                    target.bucket(),
                    targetBucket,
                    targetPrefix == null ? "logs/" + target.bucket() + "/" : targetPrefix);
        }
        return change.disable ? s3.disableAccessLogging(target.bucket()) : s3.accessLogging(target.bucket());
    }

    @Override
    protected void printText(PrintWriter out, AccessLoggingStatus result) {
        out.println(
                result.enabled()
                        ? "access logging of " + result.bucket() + " goes to s3://" + result.targetBucket() + "/"
                                + result.targetPrefix()
                        : "access logging of " + result.bucket() + " is off");
    }
}
