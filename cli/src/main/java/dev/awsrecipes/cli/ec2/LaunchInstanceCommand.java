package dev.awsrecipes.cli.ec2;

import static dev.awsrecipes.cli.OptionValues.ifGiven;

import dev.awsrecipes.cli.RecipeCommand;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.ec2.Ec2Recipes;
import dev.awsrecipes.ec2.LaunchSpec;
import dev.awsrecipes.ec2.LaunchedInstance;
import dev.awsrecipes.ec2.Tags;
import dev.awsrecipes.ssh.CommandResult;
import dev.awsrecipes.ssh.LaunchedSession;
import dev.awsrecipes.ssh.SshRecipes;
import dev.awsrecipes.ssh.SshSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code aws-recipes launch-instance}: E1, one instance with its keypair and SSH security group. */
@Command(
        name = "launch-instance",
        description = "Launch an instance and wait until it runs, creating the keypair (saved owner-only to"
                + " KEY_DIR/KEY_NAME.pem) and the SSH security group when missing.")
public final class LaunchInstanceCommand extends RecipeCommand<LaunchedInstance> {
    @Option(names = "--ami", required = true, paramLabel = "AMI", description = "Image id, e.g. ami-0abc1234.")
    String ami;

    @Option(names = "--instance-type", paramLabel = "TYPE", description = "Instance type (default t3.micro).")
    String instanceType;

    @Option(names = "--key-name", paramLabel = "NAME", description = "Keypair name (default aws-recipes).")
    String keyName;

    @Option(names = "--key-dir", paramLabel = "DIR", description = "Where NAME.pem is kept (default ~/.ssh).")
    Path keyDir;

    @Option(names = "--group", paramLabel = "NAME", description = "Security group (default aws-recipes-ssh).")
    String group;

    @Option(names = "--ssh-port", paramLabel = "PORT", description = "TCP port opened for SSH (default 22).")
    Integer sshPort;

    @Option(names = "--cidr", paramLabel = "CIDR", description = "Who may connect (default 0.0.0.0/0).")
    String cidr;

    @Option(
            names = "--tag",
            paramLabel = "KEY[=VALUE]",
            description =
                    "A tag for the instance, KEY=VALUE or a bare KEY (empty value); repeatable (default Name=aws-recipes).")
    List<String> tags = new ArrayList<>();

    @Option(names = "--user-data", paramLabel = "FILE", description = "User data: a script or cloud-init file.")
    Path userData;

    @Option(names = "--client-token", paramLabel = "TOKEN", description = "Idempotency token (default random).")
    String clientToken;

    @Option(
            names = "--wait-timeout",
            paramLabel = "DURATION",
            description = "How long to wait for running (default 10m).")
    Duration waitTimeout;

    @Option(
            names = "--run",
            paramLabel = "COMMAND",
            description = "Once the instance answers SSH (host key checked as for the ssh command), run this"
                    + " command line on it and exit with its status.")
    String run;

    @Option(
            names = "--ssh",
            description = "Once the instance answers SSH (host key checked as for the ssh command), open its login"
                    + " shell on this terminal and exit with the shell's status (needs a terminal).")
    boolean ssh;

    @Mixin
    SshOptions sshOptions;

    private LaunchSpec launchSpec;
    private CommandResult ran;
    private Integer runStatus;

    @Override
    protected void validate() {
        LaunchSpec.Builder spec = LaunchSpec.builder().ami(ami);
        ifGiven(instanceType, spec::instanceType);
        ifGiven(keyName, spec::keyName);
        ifGiven(keyDir, spec::keyDir);
        ifGiven(group, spec::groupName);
        ifGiven(sshPort, spec::sshPort);
        ifGiven(cidr, spec::cidr);
        if (!tags.isEmpty()) {
            spec.tags(Tags.parseAll(tags));
        }
        if (userData != null) {
            spec.userData(read(userData));
        }
        ifGiven(clientToken, spec::clientToken);
        ifGiven(waitTimeout, spec::waitTimeout);
        launchSpec = spec.build();
        if (ssh) {
            if (run != null) {
                throw new InvalidArgumentException(
                        "ssh", "--ssh and --run cannot both be given: --ssh opens a shell, --run runs one command");
            }
            if (options().json()) {
                throw new InvalidArgumentException(
                        "ssh", "--ssh cannot be combined with --json: an interactive shell has no result to print");
            }
            if (!stdinIsTerminal()) {
                throw new InvalidArgumentException(
                        "ssh",
                        "--ssh needs a terminal on stdin to open a shell; run a command with --run COMMAND instead");
            }
        }
        if (run != null || ssh) {
            SshSpec.Builder check =
                    SshSpec.builder().keyFile(launchSpec.keyFile()).port(launchSpec.sshPort());
            applySshOptions(check);
            check.instanceId("i-0").build(); // checks the options now; the real id comes with the launch
        }
    }

    @Override
    protected Map<String, String> optionsForArguments() {
        return SshOptions.optionsForArguments();
    }

    @Override
    protected LaunchedInstance run(Aws aws) {
        if (run == null && !ssh) {
            return Ec2Recipes.using(aws).launchInstance(launchSpec);
        }
        try (LaunchedSession launched = SshRecipes.using(aws).launchAndConnect(launchSpec, this::applySshOptions)) {
            if (ssh) {
                printText(spec.commandLine().getOut(), launched.instance());
                spec.commandLine().getOut().flush();
                runStatus = InteractiveShell.run(
                        launched.session(),
                        stdin(),
                        stdout(),
                        new TextOutputStream(spec.commandLine().getErr()),
                        environment());
            } else if (global.json()) {
                ran = launched.session().run(run);
                runStatus = ran.exitStatus();
            } else {
                printText(spec.commandLine().getOut(), launched.instance());
                spec.commandLine().getOut().flush();
                runStatus = RemoteCommand.runStreaming(
                        launched.session(),
                        run,
                        InputStream.nullInputStream(), // as before: ssh -- COMMAND is the way to pipe into a command
                        spec.commandLine().getOut(),
                        spec.commandLine().getErr());
            }
            return launched.instance();
        }
    }

    /** The SSH options given, onto a builder: the one checked early, then the one the launch hands over. */
    private void applySshOptions(SshSpec.Builder builder) {
        ifGiven(waitTimeout, builder::waitTimeout);
        sshOptions.applyTo(builder);
    }

    @Override
    protected int exitCode(LaunchedInstance result) {
        return runStatus == null ? 0 : runStatus;
    }

    @Override
    protected void printText(PrintWriter out, LaunchedInstance result) {
        if (runStatus != null) {
            return; // printed before the command or shell ran, so its output follows
        }
        out.println("instance " + result.instanceId() + " is " + result.state()
                + (result.publicIp() == null ? "" : " at " + result.publicIp()));
        if (result.keyFile() != null) {
            out.println("key " + result.keyFile() + (result.createdKey() ? " (keypair created)" : ""));
        }
        if (result.createdGroup()) {
            out.println("security group created");
        }
    }

    @Override
    protected Object jsonView(LaunchedInstance result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("instanceId", result.instanceId());
        json.put("state", result.state());
        json.put("keyFile", result.keyFile() == null ? null : result.keyFile().toString());
        json.put("createdKey", result.createdKey());
        json.put("createdGroup", result.createdGroup());
        if (ran != null) {
            Map<String, Object> command = new LinkedHashMap<>();
            command.put("command", ran.command());
            command.put("exitStatus", ran.exitStatus());
            command.put("stdout", ran.stdout());
            command.put("stderr", ran.stderr());
            json.put("run", command);
        }
        return json;
    }

    private static byte[] read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidArgumentException("user-data", "--user-data " + file + " is not a file");
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidArgumentException(
                    "user-data", "--user-data " + file + " cannot be read: " + e.getMessage());
        }
    }
}
