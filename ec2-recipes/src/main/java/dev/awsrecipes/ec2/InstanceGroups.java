package dev.awsrecipes.ec2;

import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.InvalidArgumentException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Named groups of instances, read from YAML, for starting and stopping them together (E14). Two
 * shapes are accepted; the second is the one of the start/stop utility this recipe comes from, where
 * only {@code ec2.instance} entries are used and other resource types are listed in {@link
 * #ignored()}:
 *
 * <pre>
 * region: eu-west-1          # optional (region_name also works)
 * web:                       # group name → instance ids
 *   - i-0123456789abcdef0
 *   - i-0123456789abcdef1
 * batch:
 *   - type: ec2.instance
 *     ids: [i-0fedcba9876543210]
 *   - type: rds.db_cluster   # not an instance: ignored, and reported
 *     ids: [reports]
 * </pre>
 *
 * @param region the region the file names, if any
 * @param groups group name → instance ids, in file order
 * @param ignored entries that are not EC2 instances, as "group: type"
 */
public record InstanceGroups(Optional<String> region, Map<String, List<String>> groups, List<String> ignored) {

    /**
     * Checks that each group has a name and instance ids (none when it only had other resources), and
     * copies the groups and their lists, so the result never changes.
     */
    public InstanceGroups {
        Check.notNull(region, "region");
        Map<String, List<String>> copy = new LinkedHashMap<>();
        Check.notNull(groups, "groups").forEach((name, ids) -> {
            Check.notBlank(name, "group");
            Check.notNull(ids, "instanceIds");
            copy.put(name, ids.isEmpty() ? List.of() : List.copyOf(LifecycleSpec.checkInstanceIds(ids)));
        });
        groups = Collections.unmodifiableMap(copy);
        ignored = List.copyOf(Check.notNull(ignored, "ignored"));
    }

    /** Reads a YAML file; a missing file or bad content is an {@link InvalidArgumentException} naming it. */
    public static InstanceGroups read(Path file) {
        Check.notNull(file, "groupsFile");
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            if (!Files.exists(file)) {
                throw new InvalidArgumentException("groupsFile", "groupsFile " + file + " does not exist");
            }
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return parse(text, file.toString());
    }

    /** Parses YAML text. */
    public static InstanceGroups parse(String yaml) {
        return parse(yaml, "groups YAML");
    }

    private static InstanceGroups parse(String yaml, String source) {
        Object root;
        try {
            // SafeConstructor: plain maps, lists and scalars only, never arbitrary Java types.
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (YAMLException e) {
            throw invalid(
                    source,
                    "is not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw invalid(source, "must be a mapping of group names to instance ids");
        }
        String region = null;
        Map<String, List<String>> groups = new LinkedHashMap<>();
        List<String> ignored = new ArrayList<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String key = String.valueOf(entry.getKey());
            if (key.equals("region") || key.equals("region_name")) {
                region = String.valueOf(entry.getValue());
                continue;
            }
            groups.put(key, instanceIds(source, key, entry.getValue(), ignored));
        }
        if (groups.isEmpty()) {
            throw invalid(source, "defines no group");
        }
        return new InstanceGroups(Optional.ofNullable(region), groups, ignored);
    }

    private static List<String> instanceIds(String source, String group, Object value, List<String> ignored) {
        if (!(value instanceof List<?> items)) {
            throw invalid(source, "group \"" + group + "\" must be a list of instance ids");
        }
        List<String> ids = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof Map<?, ?> typed) {
                String type = String.valueOf(typed.get("type"));
                if (!"ec2.instance".equals(type)) {
                    ignored.add(group + ": " + type);
                    continue;
                }
                if (!(typed.get("ids") instanceof List<?> typedIds)) {
                    throw invalid(source, "group \"" + group + "\" has an ec2.instance entry without a list of ids");
                }
                typedIds.forEach(id -> ids.add(String.valueOf(id)));
            } else {
                ids.add(String.valueOf(item));
            }
        }
        try {
            return ids.isEmpty() ? List.of() : LifecycleSpec.checkInstanceIds(ids);
        } catch (InvalidArgumentException e) {
            throw invalid(source, "group \"" + group + "\" " + e.getMessage().replaceFirst("^instanceIds ", ""));
        }
    }

    /** The instance ids of a group; an unknown name is an {@link InvalidArgumentException} listing the known ones. */
    public List<String> group(String name) {
        Check.notBlank(name, "group");
        List<String> ids = groups.get(name);
        if (ids == null) {
            throw new InvalidArgumentException(
                    "group", "group \"" + name + "\" is not defined; the groups are " + groups.keySet());
        }
        Check.that(!ids.isEmpty(), "group", "\"" + name + "\" has no EC2 instance");
        return ids;
    }

    private static InvalidArgumentException invalid(String source, String rule) {
        return new InvalidArgumentException("groupsFile", source + " " + rule);
    }
}
