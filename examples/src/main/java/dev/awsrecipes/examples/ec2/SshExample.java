package dev.awsrecipes.examples.ec2;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.examples.Usage;
import dev.awsrecipes.ssh.CommandResult;
import dev.awsrecipes.ssh.SshRecipes;
import dev.awsrecipes.ssh.SshSession;
import java.nio.file.Path;

/**
 * E15: logs in to an instance, the host key checked against the fingerprints in its console output,
 * runs a command and prints what it returned. Usage: {@code SshExample INSTANCE_ID KEY_FILE [USER]
 * [COMMAND]} (user {@code ec2-user}, command {@code uptime} by default).
 */
public final class SshExample {
    private SshExample() {}

    public static void main(String[] args) {
        Usage.require(args.length >= 2, "SshExample INSTANCE_ID KEY_FILE [USER] [COMMAND]");
        String user = args.length > 2 ? args[2] : "ec2-user";
        String command = args.length > 3 ? args[3] : "uptime";
        try (Aws aws = Aws.create();
                SshSession ssh = SshRecipes.using(aws).connect(s -> s.instanceId(args[0])
                        .keyFile(Path.of(args[1]))
                        .user(user)
                        .listener(p -> System.err.println("waiting: " + p.stage() + " " + p.target() + " attempt "
                                + p.attempt() + " (" + p.lastProblem() + ")")))) {
            System.out.println("logged in to " + ssh.user() + "@" + ssh.host() + "; host key "
                    + ssh.hostKey().keyType() + " " + ssh.hostKey().fingerprint() + " vouched for by "
                    + ssh.hostKey().detail());
            CommandResult result = ssh.run(command);
            System.out.print(result.stdout());
            System.err.print(result.stderr());
            System.out.println("exit status " + result.exitStatus());
        }
    }
}
