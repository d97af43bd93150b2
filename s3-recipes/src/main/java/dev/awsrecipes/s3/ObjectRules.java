package dev.awsrecipes.s3;

import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.InvalidArgumentException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.s3.model.StorageClass;

/** What S3 accepts as an object's user metadata and storage class; the specs check with these. */
final class ObjectRules {
    /** S3 limits the user metadata of an object to 2 KB (names and values, as UTF-8). */
    static final int MAX_METADATA_BYTES = 2048;

    /**
     * The classes a general-purpose bucket accepts for new data. REDUCED_REDUNDANCY is left out on
     * purpose: it is obsolete and costs more than STANDARD; OUTPOSTS, EXPRESS_ONEZONE, SNOW and the FSx
     * classes belong to other kinds of storage.
     */
    static final Set<StorageClass> CURRENT_CLASSES = EnumSet.of(
            StorageClass.STANDARD,
            StorageClass.STANDARD_IA,
            StorageClass.ONEZONE_IA,
            StorageClass.INTELLIGENT_TIERING,
            StorageClass.GLACIER_IR,
            StorageClass.GLACIER,
            StorageClass.DEEP_ARCHIVE);

    /** Header field names: what HTTP allows in a token, which is what S3 accepts after {@code x-amz-meta-}. */
    private static final Pattern METADATA_NAME = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~-]+");

    private ObjectRules() {}

    static Map<String, String> metadata(String argument, Map<String, String> metadata) {
        Check.notNull(metadata, argument);
        int bytes = 0;
        for (Map.Entry<String, String> e : metadata.entrySet()) {
            String name = e.getKey();
            String value = e.getValue();
            Check.that(
                    name != null && METADATA_NAME.matcher(name).matches(),
                    argument,
                    "name \"" + name + "\" is not allowed; use letters, digits and - _ .");
            Check.that(value != null, argument, "\"" + name + "\" has no value");
            Check.that(
                    StandardCharsets.US_ASCII.newEncoder().canEncode(value),
                    argument,
                    "\"" + name + "\" has a non-ASCII value; S3 returns such values encoded, so encode it first");
            bytes += name.length() + value.length();
        }
        Check.that(
                bytes <= MAX_METADATA_BYTES,
                argument,
                "holds " + bytes + " bytes; S3 allows at most " + MAX_METADATA_BYTES + " bytes of user metadata");
        return metadata;
    }

    static StorageClass storageClass(String argument, StorageClass storageClass) {
        Check.notNull(storageClass, argument);
        if (storageClass == StorageClass.REDUCED_REDUNDANCY) {
            throw new InvalidArgumentException(
                    argument,
                    argument + " REDUCED_REDUNDANCY is obsolete (it costs more"
                            + " than STANDARD and is less durable); use one of " + CURRENT_CLASSES);
        }
        Check.that(
                CURRENT_CLASSES.contains(storageClass),
                argument,
                storageClass + " is not a class for general-purpose buckets; use one of " + CURRENT_CLASSES);
        return storageClass;
    }
}
