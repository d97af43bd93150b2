package dev.awsrecipes.cli.ec2;

import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.ssh.SshSession;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code aws-recipes ssh-get}: E15, copies a file from an instance over SFTP on a verified connection,
 * written under a temporary name and moved into place, never over an existing file unless asked.
 */
@Command(
        name = "ssh-get",
        mixinStandardHelpOptions = true,
        description = {
            "Copy a file from an instance over SFTP, on the same verified connection as the ssh command (same"
                    + " options).",
            "LOCAL is written under a temporary name next to it and moved into place once complete; an existing"
                    + " LOCAL is an error unless --force. A LOCAL that is a directory receives the file under its"
                    + " remote name."
        })
public final class SshGetCommand extends SshCopyCommand {
    @Parameters(index = "0", paramLabel = "REMOTE", description = "The file on the instance.")
    String remote;

    @Parameters(index = "1", paramLabel = "LOCAL", description = "Where it goes here.")
    Path local;

    @Option(
            names = {"--force", "--overwrite"},
            description = "Replace LOCAL if it exists (otherwise an error).")
    boolean force;

    private Path target;

    @Override
    protected void validatePaths() {
        if (remote.isBlank()) {
            throw new InvalidArgumentException("remotePath", "REMOTE is empty; give a file on the instance");
        }
        target = Files.isDirectory(local) ? local.resolve(remoteName()) : local;
        Path directory = target.toAbsolutePath().getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            throw new InvalidArgumentException("localFile", "the directory of LOCAL " + target + " does not exist");
        }
        if (Files.isDirectory(target)) {
            throw new InvalidArgumentException("localFile", "LOCAL " + target + " is a directory");
        }
        if (!force && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new InvalidArgumentException("localFile", "LOCAL " + target + " exists; give --force to replace it");
        }
    }

    private String remoteName() {
        String trimmed = remote.replaceAll("/+$", "");
        String name = trimmed.substring(trimmed.lastIndexOf('/') + 1);
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw new InvalidArgumentException(
                    "remotePath", "REMOTE " + remote + " names no file to put into the directory " + local);
        }
        return name;
    }

    @Override
    protected SshCopy copy(SshSession session) {
        long bytes = session.download(remote, target, force);
        return new SshCopy(login.instanceId(), session.host(), target.toString(), remote, bytes);
    }

    @Override
    protected void printText(PrintWriter out, SshCopy result) {
        out.println("copied " + result.bytes() + " bytes from " + result.host() + ":" + result.remote() + " to "
                + result.local());
    }
}
