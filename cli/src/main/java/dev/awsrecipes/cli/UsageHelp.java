package dev.awsrecipes.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Help a shell user can rely on: {@code --help}, {@code -h} and {@code help CMD} on every subcommand
 * (exit 0, whatever else is missing), each option with its default, an example per command, and the
 * top-level list of commands grouped by service.
 */
final class UsageHelp {
    static final String EXAMPLES = "/dev/awsrecipes/cli/examples.properties";

    /** Service headings, in the order the top-level help shows them, by the command class's package. */
    private static final Map<String, String> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put(".s3.", "S3: buckets, objects, transfers");
        GROUPS.put(".ec2.", "EC2: instances, keys, volumes, addresses");
        GROUPS.put(".monitoring.", "Monitoring: CloudWatch, SNS, IAM");
        GROUPS.put("", "The command line itself");
    }

    private UsageHelp() {}

    static void install(CommandLine root) {
        Properties examples = examples();
        for (CommandLine sub : root.getSubcommands().values()) {
            CommandSpec spec = sub.getCommandSpec();
            if (!(sub.getCommand() instanceof CommandLine.HelpCommand) && !spec.mixinStandardHelpOptions()) {
                spec.mixinStandardHelpOptions(true);
                spec.versionProvider(new VersionInfo());
            }
            spec.usageMessage().showDefaultValues(true);
            spec.usageMessage().sortOptions(false);
            sub.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_OPTION_LIST, UsageHelp::ownOptionsThenGlobal);
            if (spec.usageMessage().footer().length == 0) {
                // Rendered as is: an example wrapped at 80 columns could not be pasted into a shell.
                String example = examples.getProperty(spec.name(), synthesizedExample(spec));
                sub.getHelpSectionMap()
                        .put(UsageMessageSpec.SECTION_KEY_FOOTER, help -> String.format("%nExample:%n  %s%n", example));
            }
        }
        root.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST_HEADING, help -> "");
        root.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST, UsageHelp::grouped);
    }

    /** The command's own options first, then those every command takes, under a heading of their own. */
    private static String ownOptionsThenGlobal(Help help) {
        Set<String> global = new HashSet<>(List.of("--help", "--version"));
        CommandSpec.forAnnotatedObject(new GlobalOptions()).options().forEach(o -> global.add(o.longestName()));
        List<OptionSpec> ungrouped = help.commandSpec().options().stream()
                .filter(o -> o.group() == null || !hasHeading(o.group()))
                .toList();
        List<OptionSpec> own = ungrouped.stream()
                .filter(o -> !global.contains(o.longestName()))
                .toList();
        List<OptionSpec> common =
                ungrouped.stream().filter(o -> global.contains(o.longestName())).toList();
        return help.optionListExcludingGroups(own)
                + help.optionListGroupSections()
                + String.format("%nGlobal options (before or after the command):%n")
                + help.optionListExcludingGroups(common);
    }

    /** picocli lists options of a group with a heading in a section of their own. */
    private static boolean hasHeading(CommandLine.Model.ArgGroupSpec group) {
        for (CommandLine.Model.ArgGroupSpec g = group; g != null; g = g.parentGroup()) {
            if (g.heading() != null) {
                return true;
            }
        }
        return false;
    }

    /** The subcommands under one heading per service. */
    private static String grouped(Help help) {
        Map<String, Map<String, Help>> byGroup = new LinkedHashMap<>();
        GROUPS.values().forEach(g -> byGroup.put(g, new LinkedHashMap<>()));
        help.subcommands()
                .forEach((name, sub) -> byGroup.get(groupOf(sub.commandSpec())).put(name, sub));
        StringBuilder text = new StringBuilder();
        byGroup.forEach((heading, commands) -> {
            if (!commands.isEmpty()) {
                text.append(String.format("%n%s:%n", heading)).append(help.commandList(commands));
            }
        });
        return text.toString();
    }

    static String groupOf(CommandSpec spec) {
        String type = spec.userObject().getClass().getName();
        return GROUPS.entrySet().stream()
                .filter(g -> type.contains(g.getKey()))
                .findFirst()
                .orElseThrow()
                .getValue();
    }

    /** For a command without a curated example: its required options and parameters, with their labels. */
    static String synthesizedExample(CommandSpec spec) {
        List<String> words = new ArrayList<>(List.of("aws-recipes", spec.name()));
        for (OptionSpec option : spec.options()) {
            if (option.required()) {
                words.add(option.longestName());
                if (option.arity().max() > 0) {
                    words.add(option.paramLabel());
                }
            }
        }
        for (PositionalParamSpec parameter : spec.positionalParameters()) {
            words.add(parameter.paramLabel());
        }
        return String.join(" ", words);
    }

    private static Properties examples() {
        Properties p = new Properties();
        try (InputStream in = UsageHelp.class.getResourceAsStream(EXAMPLES)) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
