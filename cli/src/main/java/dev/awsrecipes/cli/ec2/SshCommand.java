package dev.awsrecipes.cli.ec2;

import dev.awsrecipes.cli.RecipeCommand;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.ssh.CommandResult;
import dev.awsrecipes.ssh.SshRecipes;
import dev.awsrecipes.ssh.SshSession;
import dev.awsrecipes.ssh.SshSpec;
import dev.awsrecipes.ssh.VerifiedHostKey;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code aws-recipes ssh}: E15, runs a command on an instance over SSH once it answers, with the host key
 * checked against the console output's fingerprints (or known_hosts, or keys given); prints the
 * command's output as it comes and exits with its status. Without a command, on a terminal, it opens the
 * login shell instead, as the cookbook's {@code cmdshell.shell()} did.
 */
@Command(
        name = "ssh",
        mixinStandardHelpOptions = true,
        description = {
            "Run a command on an instance over SSH and exit with its status; its stdout and stderr are printed as"
                    + " they come, and stdin is passed to it (its end too).",
            "Without a COMMAND, on a terminal, open the login shell: a remote terminal of the local TERM and size"
                    + " (followed within a second when it changes), the local one in raw mode so Ctrl-C reaches the"
                    + " remote side; exit with the shell's status.",
            "The host key must match the fingerprints the instance printed in its console output, else a"
                    + " known_hosts entry or a --host-key; --accept-unknown-host-key trusts a key nothing vouches for.",
            "One COMMAND word is a command line for the remote shell ('uptime; df -h'); several words are quoted"
                    + " one by one, so -- sh -c 'exit 3' arrives as given."
        })
public final class SshCommand extends RecipeCommand<SshCommand.Ran> {
    @Mixin
    SshLogin login;

    @Parameters(
            arity = "0..*",
            paramLabel = "COMMAND",
            description = "The command to run, after --; none opens the login shell (on a terminal only).")
    List<String> command = new ArrayList<>();

    private SshSpec sshSpec;

    /** What ran, for {@code --json}; without it the output was streamed and is not kept. */
    public record Ran(
            String instanceId,
            String host,
            int port,
            VerifiedHostKey hostKey,
            int exitStatus,
            String exitSignal,
            String stdout,
            String stderr) {}

    @Override
    protected void validate() {
        sshSpec = login.spec();
        if (command.isEmpty()) {
            if (options().json()) {
                throw new InvalidArgumentException(
                        "json", "--json needs a COMMAND: an interactive shell has no result to print");
            }
            if (!stdinIsTerminal()) {
                throw new InvalidArgumentException(null, noTerminal(login));
            }
        }
    }

    /** Says how to run a command instead, with the instance and key as given. */
    static String noTerminal(SshLogin login) {
        return "no COMMAND given and stdin is not a terminal, so there is no interactive shell to open;"
                + " run a command instead: aws-recipes ssh --instance-id " + login.instanceId() + " --key-file "
                + login.keyFile() + " -- COMMAND";
    }

    @Override
    protected Map<String, String> optionsForArguments() {
        return SshLogin.optionsForArguments();
    }

    @Override
    protected Ran run(Aws aws) {
        try (SshSession session = SshRecipes.using(aws).connect(sshSpec)) {
            if (command.isEmpty()) {
                int status = InteractiveShell.run(
                        session,
                        stdin(),
                        stdout(),
                        new TextOutputStream(spec.commandLine().getErr()),
                        environment());
                return ran(session, status);
            }
            String line = RemoteCommand.line(command);
            if (options().json()) {
                CommandResult r = session.run(line, stdin());
                return new Ran(
                        login.instanceId(),
                        session.host(),
                        session.port(),
                        session.hostKey(),
                        r.exitStatus(),
                        r.exitSignal(),
                        r.stdout(),
                        r.stderr());
            }
            int status = RemoteCommand.runStreaming(
                    session,
                    line,
                    stdin(),
                    spec.commandLine().getOut(),
                    spec.commandLine().getErr());
            return ran(session, status);
        }
    }

    private Ran ran(SshSession session, int status) {
        return new Ran(login.instanceId(), session.host(), session.port(), session.hostKey(), status, null, null, null);
    }

    @Override
    protected void printText(PrintWriter out, Ran result) {
        // The command's output was printed as it came.
    }

    @Override
    protected int exitCode(Ran result) {
        return result.exitStatus();
    }
}
