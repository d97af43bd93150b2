package dev.awsrecipes.cli.s3;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.s3.BucketVersioning;
import dev.awsrecipes.s3.S3Recipes;
import java.io.PrintWriter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aws-recipes versioning}: S10, versioning status, enable, suspend, MFA delete. */
@Command(
        name = "versioning",
        description = "Show versioning, --enable or --suspend it, or set MFA delete with --mfa-delete on|off.")
public final class VersioningCommand extends BucketCommand<BucketVersioning> {
    @ArgGroup(exclusive = true)
    Change change = new Change();

    /** At most one change; none shows the current state. */
    static final class Change {
        @Option(names = "--enable", description = "Turn versioning on.")
        boolean enable;

        @Option(names = "--suspend", description = "Suspend versioning (kept versions stay).")
        boolean suspend;

        @Option(
                names = "--mfa-delete",
                paramLabel = "on|off",
                description = "Require MFA to delete versions (root only).")
        String mfaDelete;
    }

    @Option(names = "--mfa-serial", paramLabel = "SERIAL", description = "MFA device serial number or ARN.")
    String mfaSerial;

    @Option(names = "--mfa-code", paramLabel = "CODE", description = "The device's current 6-digit code.")
    String mfaCode;

    @Override
    protected void validate() {
        super.validate();
        if (change.mfaDelete != null) {
            if (!change.mfaDelete.equals("on") && !change.mfaDelete.equals("off")) {
                throw new InvalidArgumentException(
                        "--mfa-delete", "--mfa-delete is \"" + change.mfaDelete + "\"; write on or off");
            }
        }
    }

    @Override
    protected BucketVersioning run(Aws aws) {
        S3Recipes s3 = S3Recipes.using(aws);
        if (change.enable) {
            return s3.enableVersioning(target.bucket());
        }
        if (change.suspend) {
            return s3.suspendVersioning(target.bucket());
        }
        if (change.mfaDelete != null) {
            return s3.configureMfaDelete(target.bucket(), change.mfaDelete.equals("on"), mfaSerial, mfaCode);
        }
        return s3.versioning(target.bucket());
    }

    @Override
    protected void printText(PrintWriter out, BucketVersioning result) {
        out.println(result.bucket() + ": versioning " + result.status().name().toLowerCase(java.util.Locale.ROOT)
                + ", MFA delete " + (result.mfaDelete() ? "on" : "off"));
    }
}
