package dev.awsrecipes.cli.ec2;

import dev.awsrecipes.cli.RecipeCommand;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.ec2.Ec2Recipes;
import dev.awsrecipes.ec2.OpenPortSpec;
import dev.awsrecipes.ec2.PortOpening;
import dev.awsrecipes.ec2.PortRange;
import dev.awsrecipes.ec2.PortRule;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aws-recipes open-port}: E13, let a CIDR in on ports of named security groups. */
@Command(
        name = "open-port",
        description = "Authorize a CIDR on ports of named security groups; existing rules are fine."
                + " With --dry-run, ask EC2 whether it would succeed (exit status 1 if not).")
public final class OpenPortCommand extends RecipeCommand<PortOpening> {
    @Option(names = "--group", required = true, split = ",", paramLabel = "NAME", description = "Group name(s).")
    List<String> groups = new ArrayList<>();

    @Option(
            names = "--port",
            required = true,
            split = ",",
            paramLabel = "PORT",
            description = "Port(s) or range(s): 22, 8000-8080; repeatable or comma-separated.")
    List<String> ports = new ArrayList<>();

    @Option(names = "--cidr", required = true, paramLabel = "CIDR", description = "Who may connect: 203.0.113.7/32.")
    String cidr;

    @Option(names = "--protocol", defaultValue = "tcp", paramLabel = "tcp|udp", description = "Default tcp.")
    String protocol;

    @Option(names = "--dry-run", description = "Only ask EC2 whether the rules could be added.")
    boolean dryRun;

    private OpenPortSpec openPortSpec;

    @Override
    protected void validate() {
        openPortSpec = OpenPortSpec.builder()
                .groups(groups)
                .ports(ports.stream().map(PortRange::parse).toList())
                .cidr(cidr)
                .protocol(protocol)
                .dryRun(dryRun)
                .build();
    }

    @Override
    protected PortOpening run(Aws aws) {
        return Ec2Recipes.using(aws).openPort(openPortSpec);
    }

    @Override
    protected void printText(PrintWriter out, PortOpening result) {
        for (PortRule rule : result.rules()) {
            out.printf(
                    Locale.ROOT,
                    "%s %s/%s from %s: %s%s%n",
                    rule.groupName(),
                    rule.protocol(),
                    rule.ports(),
                    rule.cidr(),
                    word(rule.outcome()),
                    rule.detail().isEmpty() ? "" : " (" + rule.detail() + ")");
        }
    }

    /** What {@code --json} prints: one entry per group and port range. */
    record Json(boolean dryRun, List<Rule> rules) {}

    /** A rule and what became of it, the outcome as a word (added, already-present, ...). */
    record Rule(
            String group, String groupId, String protocol, String ports, String cidr, String outcome, String detail) {
        Rule(PortRule r) {
            this(
                    r.groupName(),
                    r.groupId(),
                    r.protocol(),
                    r.ports().toString(),
                    r.cidr(),
                    word(r.outcome()),
                    r.detail());
        }
    }

    @Override
    protected Object jsonView(PortOpening result) {
        return new Json(result.dryRun(), result.rules().stream().map(Rule::new).toList());
    }

    @Override
    protected int exitCode(PortOpening result) {
        return result.allSucceeded() ? 0 : 1;
    }

    private static String word(PortRule.Outcome outcome) {
        return outcome.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
