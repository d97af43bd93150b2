package dev.awsrecipes.cli.s3;

import picocli.CommandLine.Command;

/** {@code aws-recipes mv SRC DST}: {@code cp}, then each source deleted once its copy is verified. */
@Command(
        name = "mv",
        description = "Move files and objects as cp copies them, deleting each source only once its copy is"
                + " verified (a file changed meanwhile is kept); with --recursive or a * or ? in the S3 key, many at"
                + " once; exit 1 if any failed.")
public final class MvCommand extends CopyOrMoveCommand {
    @Override
    boolean move() {
        return true;
    }
}
