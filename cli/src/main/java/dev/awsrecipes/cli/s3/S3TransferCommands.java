package dev.awsrecipes.cli.s3;

import java.util.List;

/** Subcommands for the upload engine: upload, upload-tree, stale uploads. */
public final class S3TransferCommands {
    private S3TransferCommands() {}

    /** upload, upload-tree and stale-uploads, to register with the command line. */
    public static List<Object> all() {
        return List.of(new UploadCommand(), new DownloadCommand(), new UploadTreeCommand(), new StaleUploadsCommand());
    }
}
