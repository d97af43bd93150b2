package dev.awsrecipes.cli.ec2;

import dev.awsrecipes.cli.RecipeCommand;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.ec2.Ec2Recipes;
import dev.awsrecipes.ec2.InstanceGroups;
import dev.awsrecipes.ec2.LifecycleAction;
import dev.awsrecipes.ec2.LifecycleResult;
import dev.awsrecipes.ec2.LifecycleSpec;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * E14: {@code start-instances}, {@code stop-instances} and {@code terminate-instances}, by id or (start
 * and stop) by a named group of a YAML file, with {@code --dry-run}.
 */
public abstract class LifecycleCommand extends RecipeCommand<LifecycleResult> {
    @Option(names = "--instance-ids", split = ",", paramLabel = "i-1,i-2", description = "Instance ids.")
    List<String> instanceIds;

    @Option(names = "--dry-run", description = "Only ask EC2 whether the call would be allowed (EC2 DryRun).")
    boolean dryRun;

    @Option(names = "--wait", description = "Wait until every instance has reached its new state.")
    boolean await;

    /** What this subcommand does. */
    protected abstract LifecycleAction action();

    /** The group file, for subcommands that take one. */
    protected Path groupsFile() {
        return null;
    }

    /** The group name, for subcommands that take one. */
    protected String group() {
        return null;
    }

    @Override
    protected void validate() {
        ids();
    }

    /** The ids, from --instance-ids or the group; exactly one of the two. */
    List<String> ids() {
        boolean byGroup = groupsFile() != null || group() != null;
        if (byGroup == (instanceIds != null)) {
            throw new InvalidArgumentException(
                    "--instance-ids", "give either --instance-ids or --groups-file with --group, not both or neither");
        }
        if (!byGroup) {
            return LifecycleSpec.checkInstanceIds(instanceIds);
        }
        if (groupsFile() == null || group() == null) {
            throw new InvalidArgumentException("--group", "--groups-file and --group go together");
        }
        return InstanceGroups.read(groupsFile()).group(group());
    }

    @Override
    protected LifecycleResult run(Aws aws) {
        List<String> ids = ids();
        return Ec2Recipes.using(aws)
                .changeState(
                        l -> l.action(action()).instanceIds(ids).dryRun(dryRun).waitForState(await));
    }

    @Override
    protected void printText(PrintWriter out, LifecycleResult result) {
        if (result.dryRun()) {
            out.println("dry run of " + action().name().toLowerCase() + " " + result.instanceIds() + ": "
                    + (result.wouldSucceed() ? "would succeed" : "would fail: " + result.message()));
            return;
        }
        result.changes()
                .forEach(c -> out.println(c.instanceId() + "  " + c.previousState() + " -> " + c.currentState()));
    }

    /** A dry run that would fail exits 1, so scripts can test it. */
    @Override
    protected int exitCode(LifecycleResult result) {
        return result.wouldSucceed() ? 0 : 1;
    }

    /** Start and stop also take a group of a YAML file. */
    abstract static class Grouped extends LifecycleCommand {
        @Option(names = "--groups-file", paramLabel = "FILE", description = "YAML file: group name -> instance ids.")
        Path groupsFile;

        @Option(names = "--group", paramLabel = "NAME", description = "The group of --groups-file to act on.")
        String group;

        @Override
        protected Path groupsFile() {
            return groupsFile;
        }

        @Override
        protected String group() {
            return group;
        }
    }

    /** {@code aws-recipes start-instances}. */
    @Command(name = "start-instances", description = "Start instances, by id or by a named group of a YAML file.")
    public static final class Start extends Grouped {
        @Override
        protected LifecycleAction action() {
            return LifecycleAction.START;
        }
    }

    /** {@code aws-recipes stop-instances}. */
    @Command(name = "stop-instances", description = "Stop instances, by id or by a named group of a YAML file.")
    public static final class Stop extends Grouped {
        @Override
        protected LifecycleAction action() {
            return LifecycleAction.STOP;
        }
    }

    /** {@code aws-recipes terminate-instances}. */
    @Command(name = "terminate-instances", description = "Terminate instances for good (try --dry-run first).")
    public static final class Terminate extends LifecycleCommand {
        @Override
        protected LifecycleAction action() {
            return LifecycleAction.TERMINATE;
        }
    }
}
