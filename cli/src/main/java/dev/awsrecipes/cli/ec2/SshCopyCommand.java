package dev.awsrecipes.cli.ec2;

import dev.awsrecipes.cli.RecipeCommand;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.ssh.SshRecipes;
import dev.awsrecipes.ssh.SshSession;
import dev.awsrecipes.ssh.SshSpec;
import java.util.Map;
import picocli.CommandLine.Mixin;

/**
 * A command that copies one file over SFTP on the connection the {@code ssh} command makes: it takes the
 * same login options, checks them before any network call, and copies within one session.
 */
abstract class SshCopyCommand extends RecipeCommand<SshCopy> {
    @Mixin
    SshLogin login;

    private SshSpec sshSpec;

    @Override
    protected final void validate() {
        sshSpec = login.spec();
        validatePaths();
    }

    /** Rejects bad LOCAL or REMOTE arguments, after the login options were checked. */
    protected abstract void validatePaths();

    @Override
    protected Map<String, String> optionsForArguments() {
        return SshLogin.optionsForArguments();
    }

    @Override
    protected final SshCopy run(Aws aws) {
        try (SshSession session = SshRecipes.using(aws).connect(sshSpec)) {
            return copy(session);
        }
    }

    /** Copies the file within {@code session}. */
    protected abstract SshCopy copy(SshSession session);
}
