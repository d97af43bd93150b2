package dev.awsrecipes.cli.ec2;

import static dev.awsrecipes.cli.OptionValues.ifGiven;

import dev.awsrecipes.cli.InstanceOption;
import dev.awsrecipes.cli.RecipeCommand;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.ssh.CommandResult;
import dev.awsrecipes.ssh.SshRecipes;
import dev.awsrecipes.ssh.SshSession;
import dev.awsrecipes.ssh.SshSpec;
import dev.awsrecipes.ssh.VerifiedHostKey;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code aws-recipes ssh}: E15, runs a command on an instance over SSH once it answers, with the host key
 * checked against the console output's fingerprints (or known_hosts, or keys given); prints the
 * command's output as it comes and exits with its status.
 */
@Command(
        name = "ssh",
        mixinStandardHelpOptions = true,
        description = {
            "Run a command on an instance over SSH and exit with its status; its stdout and stderr are printed as"
                    + " they come.",
            "The host key must match the fingerprints the instance printed in its console output, else a"
                    + " known_hosts entry or a --host-key; --accept-unknown-host-key trusts a key nothing vouches for.",
            "One COMMAND word is a command line for the remote shell ('uptime; df -h'); several words are quoted"
                    + " one by one, so -- sh -c 'exit 3' arrives as given."
        })
public final class SshCommand extends RecipeCommand<SshCommand.Ran> {
    @Mixin
    InstanceOption instance;

    @Option(
            names = "--key-file",
            required = true,
            paramLabel = "FILE",
            description = "The private key (the .pem launch-instance saved).")
    Path keyFile;

    @Option(names = "--port", paramLabel = "PORT", description = "SSH port (default 22).")
    Integer port;

    @Option(
            names = "--wait-timeout",
            paramLabel = "DURATION",
            description = "How long to wait until SSH answers (default 10m).")
    Duration waitTimeout;

    @Mixin
    SshOptions ssh;

    @Parameters(arity = "1..*", paramLabel = "COMMAND", description = "The command to run, after --.")
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
        SshSpec.Builder spec = SshSpec.builder().instanceId(instance.id()).keyFile(keyFile);
        ifGiven(port, spec::port);
        ifGiven(waitTimeout, spec::waitTimeout);
        ssh.applyTo(spec);
        sshSpec = spec.build();
    }

    @Override
    protected Map<String, String> optionsForArguments() {
        return SshOptions.optionsForArguments();
    }

    @Override
    protected Ran run(Aws aws) {
        String line = RemoteCommand.line(command);
        try (SshSession session = SshRecipes.using(aws).connect(sshSpec)) {
            if (global.json()) {
                CommandResult r = session.run(line);
                return new Ran(
                        instance.id(),
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
                    spec.commandLine().getOut(),
                    spec.commandLine().getErr());
            return new Ran(instance.id(), session.host(), session.port(), session.hostKey(), status, null, null, null);
        }
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
