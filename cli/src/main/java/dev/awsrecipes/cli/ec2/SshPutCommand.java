package dev.awsrecipes.cli.ec2;

import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.ssh.SshSession;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code aws-recipes ssh-put}: E15, copies a local file to an instance over SFTP on a verified connection. */
@Command(
        name = "ssh-put",
        mixinStandardHelpOptions = true,
        description = {
            "Copy a local file to an instance over SFTP, on the same verified connection as the ssh command (same"
                    + " options); the remote file is created or replaced.",
            "A REMOTE that is an existing directory receives the file under its own name."
        })
public final class SshPutCommand extends SshCopyCommand {
    @Parameters(index = "0", paramLabel = "LOCAL", description = "The local file to copy.")
    Path local;

    @Parameters(index = "1", paramLabel = "REMOTE", description = "Where it goes on the instance.")
    String remote;

    @Override
    protected void validatePaths() {
        if (!Files.isRegularFile(local) || !Files.isReadable(local)) {
            throw new InvalidArgumentException("localFile", "LOCAL " + local + " is not a readable file");
        }
        if (remote.isBlank()) {
            throw new InvalidArgumentException("remotePath", "REMOTE is empty; give a path on the instance");
        }
    }

    @Override
    protected SshCopy copy(SshSession session) {
        long bytes = session.upload(local, remote);
        return new SshCopy(login.instanceId(), session.host(), local.toString(), remote, bytes);
    }

    @Override
    protected void printText(PrintWriter out, SshCopy result) {
        out.println("copied " + result.bytes() + " bytes from " + result.local() + " to " + result.host() + ":"
                + result.remote());
    }
}
