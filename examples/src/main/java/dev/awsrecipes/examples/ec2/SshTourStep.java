package dev.awsrecipes.examples.ec2;

import dev.awsrecipes.ec2.Ec2Recipes;
import dev.awsrecipes.ssh.SshHostKeys;
import java.io.PrintWriter;

/**
 * The tour's E15 step. It reads the host keys the instance announced in its console output, as the
 * recipe does, and then stops short of logging in: the tour's instances are LocalStack's (or, against
 * AWS, behind a documentation-range CIDR), so there is no SSH server to reach, and a step that pretended
 * to log in would be a lie. {@code SshIT} and the cli module's {@code SshCommandIT} log in to a real sshd instead.
 */
final class SshTourStep {
    private SshTourStep() {}

    static void run(Ec2Recipes ec2, String instanceId, PrintWriter out) {
        SshHostKeys announced =
                SshHostKeys.fromConsoleOutput(ec2.consoleOutput(instanceId).text());
        out.println("E15 ssh: the console output of " + instanceId + " announces "
                + (announced.isEmpty()
                        ? "no SSH host keys"
                        : announced.fingerprints().size() + " host-key fingerprint(s) " + announced.fingerprints()));
        out.println("E15 ssh: not logging in: the tour's instance is no machine with an sshd this tour can reach"
                + " (LocalStack's instances are not machines). Against a real instance: aws-recipes ssh --instance-id "
                + instanceId + " --key-file KEY -- uptime, or SshExample.");
    }
}
