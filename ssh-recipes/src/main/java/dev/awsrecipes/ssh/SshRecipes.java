package dev.awsrecipes.ssh;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.RecipeContext;
import dev.awsrecipes.core.RecipesBuilder;
import dev.awsrecipes.ec2.Ec2Recipes;
import dev.awsrecipes.ec2.LaunchSpec;
import dev.awsrecipes.ssh.internal.DefaultSshRecipes;
import java.util.function.Consumer;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * E15: log in to an instance over SSH, the cookbook's command shell, with the host key verified.
 *
 * <p>These recipes live in their own module, {@code aws-recipes-ssh}, so that a user of {@code
 * aws-recipes-ec2} who never opens a session carries no SSH client (sshj and Bouncy Castle). They use EC2
 * for an instance's address and console output (what vouches for its host key) and for launching, through
 * the same EC2 client as {@link Ec2Recipes}: {@code SshRecipes.using(aws)} beside {@code Ec2Recipes.using(aws)},
 * or {@code SshRecipes.builder().ec2Client(myEc2Client).build()}.
 *
 * <p>The SSH client is <a href="https://github.com/hierynomus/sshj">sshj</a>: a client-only library
 * with SFTP in the same jar, OpenSSH's known_hosts format (hashed names, {@code [host]:port}) and
 * OpenSSH/PEM key files, and few dependencies (Bouncy Castle, SLF4J). Apache MINA SSHD, the other
 * well-kept choice, is a client-and-server framework whose SFTP lives in a separate module and whose
 * client API is built around futures and sessions we would not use; for "connect, run, copy, close"
 * sshj is the smaller fit.
 */
public interface SshRecipes {

    /**
     * The recipes over a session ({@link Aws}) or another context; cheap, holds no state of its own.
     *
     * <pre>{@code
     * SshRecipes ssh = SshRecipes.using(aws);
     * }</pre>
     *
     * @param context where the recipes get their EC2 client
     * @return the recipes
     */
    static SshRecipes using(RecipeContext context) {
        return new DefaultSshRecipes(context);
    }

    /**
     * Recipes over the caller's own EC2 client, which the caller keeps owning:
     *
     * <pre>{@code
     * SshRecipes ssh = SshRecipes.builder().ec2Client(myEc2Client).waitTimeout(Duration.ofMinutes(5)).build();
     * }</pre>
     *
     * @return a builder; an EC2 client is required
     */
    static Builder builder() {
        return new Builder();
    }

    /** Recipes over the caller's clients; nothing given is closed by the library. */
    final class Builder extends RecipesBuilder<Builder, SshRecipes> {
        private Builder() {
            super(DefaultSshRecipes::new);
        }

        /**
         * The EC2 client that looks up instances and their console output, and launches.
         *
         * @param ec2 the caller's client
         * @return this builder
         */
        public Builder ec2Client(Ec2Client ec2) {
            return client(Ec2Recipes.EC2, ec2);
        }
    }

    /**
     * E15: connects to the instance (or the host given) and logs in with the key file. First it waits,
     * bounded, until the address answers with an SSH banner; then it settles what vouches for the host
     * key (see {@link SshSpec}) and connects with that check: a key that contradicts it, or one nothing
     * vouches for (unless accepted explicitly), is refused before authentication, so nothing runs.
     *
     * <pre>{@code
     * try (SshSession session = ssh.connect(s -> s.instanceId("i-0abc1234").keyFile(Path.of("/home/me/.ssh/ops.pem")))) {
     *     CommandResult r = session.run("uptime");
     * }
     * }</pre>
     *
     * @throws HostKeyRejectedException when the host key is refused; the message names both fingerprints
     * @throws dev.awsrecipes.core.WaitTimeoutException when SSH does not answer within the wait timeout
     * @throws dev.awsrecipes.core.InvalidArgumentException for a key file or known_hosts file that cannot
     *     be read, before any network call
     */
    SshSession connect(SshSpec spec);

    /** E15 with the spec built in place. */
    default SshSession connect(Consumer<SshSpec.Builder> spec) {
        return connect(SshSpec.builder().applyMutation(spec).build());
    }

    /**
     * E1 then E15: launches an instance and logs in to it once SSH answers, with the key file the
     * launch saved (or found) and the launch's SSH port; {@code ssh} may change the user, address,
     * host-key sources and waits. The options are checked before anything is launched. If the login
     * fails the instance is left running and the exception says so, with its id.
     *
     * <pre>{@code
     * try (LaunchedSession l = ssh.launchAndConnect(launch, s -> s.user("ubuntu"))) {
     *     l.session().run("cloud-init status --wait");
     * }
     * }</pre>
     */
    LaunchedSession launchAndConnect(LaunchSpec launch, Consumer<SshSpec.Builder> ssh);
}
