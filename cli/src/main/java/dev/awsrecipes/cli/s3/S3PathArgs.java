package dev.awsrecipes.cli.s3;

import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.s3.S3Uri;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Stack;
import picocli.CommandLine.IParameterPreprocessor;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * Lets every command that takes {@code --bucket B [--key K]} take the path {@code s3://B/K} instead, as
 * {@code aws s3} users write it: anywhere among the arguments ({@code download s3://b/k FILE},
 * {@code upload FILE s3://b/k}) or as the value of {@code --bucket}. Before picocli parses the command
 * line, each such path is rewritten into the options it stands for ({@code --bucket=b --key=k}), so the
 * options, their checks and their messages stay exactly those of {@code --bucket B --key K}, and giving a
 * path and {@code --bucket} together is picocli's usual "specified only once" error. The key is taken
 * literally ({@link S3Uri}).
 *
 * <p>A command names where paths go by the options it has: {@code --source-bucket}/{@code --source-key}
 * take the first path, then {@code --bucket} with {@code --key} (or {@code --prefix}, or no key at all
 * for a command on a whole bucket). Declared once on {@link BucketCommand} and {@link ObjectCommand}
 * ({@code @Command(preprocessor = ...)} is inherited) and on the few commands with options of their own.
 */
public final class S3PathArgs implements IParameterPreprocessor {

    /** Where one path goes: a bucket option and the option its key goes to (null: a path takes no key). */
    private record Slot(OptionSpec bucket, OptionSpec key) {}

    @Override
    public boolean preprocess(Stack<String> args, CommandSpec spec, ArgSpec argSpec, Map<String, Object> info) {
        // The stack holds the rest of the command line with its next word on top.
        List<String> words = new ArrayList<>(args);
        Collections.reverse(words);
        List<String> rewritten = rewrite(spec, words);
        Collections.reverse(rewritten);
        args.clear();
        args.addAll(rewritten);
        return false;
    }

    /**
     * The words with each S3 path replaced by the options it stands for.
     *
     * @param spec the command, which says where paths go
     * @param words the command's arguments in command-line order
     * @return the arguments picocli then parses
     * @throws ParameterException for a path that does not fit: no bucket, a key where none is taken, none
     *     where one is required, one path too many
     */
    static List<String> rewrite(CommandSpec spec, List<String> words) {
        Deque<Slot> slots = slots(spec);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.equals("--")) {
                out.addAll(words.subList(i, words.size()));
                break;
            }
            int equals = word.indexOf('=');
            String name = word.startsWith("-") && equals > 0 ? word.substring(0, equals) : word;
            OptionSpec option = word.startsWith("-") ? spec.findOption(name) : null;
            if (option != null) {
                Slot slot = slotOf(slots, option);
                boolean inline = equals > 0;
                String value = inline ? word.substring(equals + 1) : i + 1 < words.size() ? words.get(i + 1) : null;
                if (slot != null && S3Uri.isS3(value)) {
                    slots.remove(slot);
                    out.addAll(expand(spec, value, slot));
                    i += inline ? 0 : 1;
                } else {
                    out.add(word);
                    if (!inline && option.arity().min() > 0 && value != null) {
                        out.add(value);
                        i++;
                    }
                }
            } else if (S3Uri.isS3(word)) {
                if (slots.isEmpty()) {
                    throw new ParameterException(
                            spec.commandLine(),
                            "one S3 path too many: \"" + word + "\" (" + spec.name() + " takes "
                                    + slots(spec).size() + ")");
                }
                out.addAll(expand(spec, word, slots.poll()));
            } else {
                out.add(word);
            }
        }
        return out;
    }

    private static Deque<Slot> slots(CommandSpec spec) {
        Deque<Slot> slots = new ArrayDeque<>();
        OptionSpec sourceBucket = spec.findOption("--source-bucket");
        if (sourceBucket != null) {
            slots.add(new Slot(sourceBucket, spec.findOption("--source-key")));
        }
        OptionSpec bucket = spec.findOption("--bucket");
        if (bucket != null) {
            OptionSpec key = spec.findOption("--key");
            slots.add(new Slot(bucket, key != null ? key : spec.findOption("--prefix")));
        }
        return slots;
    }

    private static Slot slotOf(Deque<Slot> slots, OptionSpec option) {
        return slots.stream().filter(s -> s.bucket() == option).findFirst().orElse(null);
    }

    private static List<String> expand(CommandSpec spec, String text, Slot slot) {
        S3Uri path;
        try {
            path = S3Uri.parse("path", text);
        } catch (InvalidArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        List<String> options = new ArrayList<>(List.of(slot.bucket().longestName() + "=" + path.bucket()));
        if (slot.key() == null) {
            if (!path.key().isEmpty()) {
                throw new ParameterException(
                        spec.commandLine(),
                        "\"" + text + "\" names a key, but " + spec.name() + " works on a whole bucket: write s3://"
                                + path.bucket());
            }
        } else if (!path.key().isEmpty()) {
            options.add(slot.key().longestName() + "=" + path.key());
        } else if (slot.key().required()) {
            throw new ParameterException(
                    spec.commandLine(),
                    "\"" + text + "\" names no key; write s3://" + path.bucket() + "/KEY (or "
                            + slot.key().longestName() + " K)");
        }
        return options;
    }
}
