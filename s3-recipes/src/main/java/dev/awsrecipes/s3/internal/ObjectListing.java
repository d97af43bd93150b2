package dev.awsrecipes.s3.internal;

import dev.awsrecipes.s3.ListSpec;
import dev.awsrecipes.s3.ListedObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Lists a {@link ListSpec} page by page as a lazy stream, so a million keys pass through in bounded memory.
 * Pages are followed by S3's continuation token only (never a start key), which every server answers the
 * same way. A listing that is not recursive asks S3 for {@code /}-delimited folders and gives them in key
 * order among the objects of their page, as {@code aws s3 ls} shows them.
 */
final class ObjectListing {
    /** S3's order: UTF-8 bytes, which is code-point order (Java's String order differs above U+FFFF). */
    private static final Comparator<ListedObject> BY_KEY = Comparator.comparing(ListedObject::key, (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    });

    private final S3Client s3;
    private final ListSpec spec;

    ObjectListing(S3Client s3, ListSpec spec) {
        this.s3 = s3;
        this.spec = spec;
    }

    Stream<ListedObject> stream() {
        ListObjectsV2Request.Builder request =
                ListObjectsV2Request.builder().bucket(spec.bucket()).prefix(spec.prefix());
        if (!spec.recursive()) {
            request.delimiter("/");
        }
        return s3.listObjectsV2Paginator(request.build()).stream().flatMap(this::entries);
    }

    /** One page's objects and folders that the spec takes, in key order. */
    Stream<ListedObject> entries(ListObjectsV2Response page) {
        List<ListedObject> entries =
                new ArrayList<>(page.contents().size() + page.commonPrefixes().size());
        for (S3Object object : page.contents()) {
            if (takes(object.key())) {
                entries.add(new ListedObject(
                        spec.bucket(),
                        object.key(),
                        name(object.key()),
                        object.size() == null ? 0 : object.size(),
                        object.lastModified(),
                        unquoted(object.eTag()),
                        object.storageClassAsString(),
                        false));
            }
        }
        for (CommonPrefix folder : page.commonPrefixes()) {
            String key = folder.prefix();
            if (spec.pattern().map(glob -> glob.matches(key)).orElse(true)) {
                entries.add(new ListedObject(spec.bucket(), key, name(key), 0, null, null, null, true));
            }
        }
        if (!page.commonPrefixes().isEmpty()) {
            entries.sort(BY_KEY);
        }
        return entries.stream();
    }

    private boolean takes(String key) {
        if (spec.pattern().isPresent() && !spec.pattern().get().matches(key)) {
            return false;
        }
        return spec.filter().test(name(key));
    }

    private String name(String key) {
        return key.startsWith(spec.folder()) ? key.substring(spec.folder().length()) : key;
    }

    private static String unquoted(String eTag) {
        return eTag == null ? null : eTag.replace("\"", "");
    }
}
