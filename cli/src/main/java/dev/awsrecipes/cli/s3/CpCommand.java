package dev.awsrecipes.cli.s3;

import picocli.CommandLine.Command;

/** {@code aws-recipes cp SRC DST}: files and objects copied as {@code aws s3 cp} copies them, each verified. */
@Command(
        name = "cp",
        description = "Copy a file to S3, an object to a file, or objects within S3 (server-side); with --recursive"
                + " or a * or ? in the S3 key, many at once. - reads stdin or writes stdout. Each object is verified"
                + " (checksum, then renamed into place); each step is printed as it ends; exit 1 if any failed.")
public final class CpCommand extends CopyOrMoveCommand {
    @Override
    boolean move() {
        return false;
    }
}
