package dev.awsrecipes.cli;

import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.InvalidArgumentException;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.regions.Region;

/**
 * Region names typed on the command line ({@code --regions r1,r2|all}). Which text is a region is the
 * library's rule ({@link Check#region}), the one {@code --region} and {@code AWS_REGION} meet, so {@code
 * auto} and new partitions' names work here too; the command line adds only the word {@code all}.
 */
public final class RegionNames {
    /** The word that stands for every region. */
    static final String ALL = "all";

    private RegionNames() {}

    /**
     * The regions named by an option's values; empty when none is given or {@code all} is given alone
     * (any case): the caller then asks for every region.
     *
     * @param option the option, e.g. {@code --regions}, named by the message of a bad value
     * @param names the option's values, split at commas; null when the option was not given
     * @return the regions in the order given, without repeats; empty for every region
     */
    public static List<Region> list(String option, List<String> names) {
        if (names == null || names.size() == 1 && names.get(0).strip().equalsIgnoreCase(ALL)) {
            return List.of();
        }
        List<Region> regions = new ArrayList<>();
        for (String name : names) {
            if (name.strip().equalsIgnoreCase(ALL)) {
                throw new InvalidArgumentException(
                        option, option + " lists " + name + " beside other regions; write all alone");
            }
            // The library's one region rule (the one --region and AWS_REGION meet), naming this option.
            Region region = Check.region(name.strip(), option);
            if (!regions.contains(region)) {
                regions.add(region);
            }
        }
        return regions;
    }
}
