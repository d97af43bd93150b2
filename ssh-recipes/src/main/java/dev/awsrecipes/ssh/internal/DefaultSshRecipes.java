package dev.awsrecipes.ssh.internal;

import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.InternalApi;
import dev.awsrecipes.core.RecipeContext;
import dev.awsrecipes.ec2.Ec2Recipes;
import dev.awsrecipes.ec2.LaunchSpec;
import dev.awsrecipes.ec2.LaunchedInstance;
import dev.awsrecipes.ssh.LaunchedSession;
import dev.awsrecipes.ssh.SshRecipes;
import dev.awsrecipes.ssh.SshSession;
import dev.awsrecipes.ssh.SshSpec;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The SSH recipes: each checks its arguments and hands the work to {@link SshConnector}. EC2 is reached
 * through the context's EC2 client, and through {@link Ec2Recipes} over the same context for what that
 * module already does (console output, launching).
 */
@InternalApi
public final class DefaultSshRecipes implements SshRecipes {
    private final RecipeContext context;

    public DefaultSshRecipes(RecipeContext context) {
        this.context = Check.notNull(context, "context");
    }

    private SshConnector connector() {
        return new SshConnector(context.client(Ec2Recipes.EC2), Ec2Recipes.using(context), context.waitTimeout());
    }

    @Override
    public SshSession connect(SshSpec spec) {
        return connector().connect(Check.notNull(spec, "spec"));
    }

    @Override
    public LaunchedSession launchAndConnect(LaunchSpec launch, Consumer<SshSpec.Builder> ssh) {
        Check.notNull(launch, "launch");
        Check.notNull(ssh, "ssh");
        SshSpec.Builder builder = SshSpec.builder().keyFile(launch.keyFile()).port(launch.sshPort());
        ssh.accept(builder);
        // The instance id is not known yet: a stand-in lets the spec's own checks run before the launch,
        // and a known_hosts file given is read now, so a bad one launches nothing.
        SshSpec checked = builder.instanceId("i-0").build();
        KnownHostsFile.load(checked.knownHosts(), Path.of(System.getProperty("user.home")));
        LaunchedInstance instance = Ec2Recipes.using(context).launchInstance(launch);
        SshSpec spec = builder.instanceId(instance.instanceId()).build();
        try {
            return new LaunchedSession(instance, connect(spec));
        } catch (RuntimeException e) {
            throw new AwsRecipesException(
                    "instance " + instance.instanceId() + " was launched and is running, but logging in failed: "
                            + e.getMessage() + "; it is still running: log in with connect(...) or terminate it",
                    e);
        }
    }
}
