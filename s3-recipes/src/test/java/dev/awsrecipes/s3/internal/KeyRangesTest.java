package dev.awsrecipes.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Cutting key ranges, checked by listing an in-memory "bucket" the way BucketDu lists S3. */
class KeyRangesTest {

    @Test
    void split_sequentialNames_cutsOnTheDigitThatVariesBetweenPages() {
        KeyRange rest = new KeyRange("obj-00999", null, null);

        List<KeyRange> ranges = KeyRanges.split("", "obj-00000", rest, 4);

        assertThat(ranges)
                .containsExactly(
                        new KeyRange("obj-00999", null, "obj-01"),
                        new KeyRange("obj-01", null, "obj-04"),
                        new KeyRange("obj-04", null, "obj-07"),
                        new KeyRange("obj-07", null, null));
    }

    @Test
    void split_keepsTheVersionMarkerOnTheFirstRangeOnly() {
        List<KeyRange> ranges = KeyRanges.split("", "a0", new KeyRange("a5", "v1", null), 2);

        assertThat(ranges).containsExactly(new KeyRange("a5", "v1", "b"), new KeyRange("b", null, null));
    }

    @Test
    void split_nothingBetweenCursorAndEnd_keepsOneRange() {
        KeyRange rest = new KeyRange("obj-01999", null, "obj-02");

        assertThat(KeyRanges.split("", "obj-01000", rest, 8)).containsExactly(rest);
    }

    @Test
    void split_neverCutsInsideThePrefix() {
        List<KeyRange> ranges = KeyRanges.split("logs/", "logs/a", new KeyRange("logs/b", null, null), 3);

        assertThat(ranges)
                .allSatisfy(r -> assertThat(r.upTo() == null || r.upTo().startsWith("logs/"))
                        .isTrue());
        assertThat(ranges).hasSize(3);
    }

    @Test
    void compare_ordersByUtf8BytesLikeS3() {
        // U+FF21 (3 UTF-8 bytes, EF BC A1) sorts before U+1F600 (4 bytes, F0 ...) in S3, not in UTF-16.
        assertThat(KeyRanges.compare("\uFF21", "\uD83D\uDE00")).isNegative();
        assertThat("\uFF21".compareTo("\uD83D\uDE00")).isPositive();
    }

    @Test
    void listingWithCuts_countsEveryKeyExactlyOnce() {
        TreeSet<String> bucket = new TreeSet<>(KeyRanges::compare);
        IntStream.range(0, 5000).forEach(i -> bucket.add(String.format("obj-%05d", i)));
        IntStream.range(0, 700).forEach(i -> bucket.add("z/" + Integer.toHexString(i * 7919)));
        bucket.add("obj-0");
        bucket.add("obj-01");

        List<String> seen = new ArrayList<>();
        Deque<KeyRange> todo = new ArrayDeque<>(List.of(KeyRange.ALL));
        int requests = 0;
        while (!todo.isEmpty()) {
            KeyRange range = todo.poll();
            String after = range.afterKey();
            while (true) {
                requests++;
                List<String> page = page(bucket, after);
                boolean beyond = false;
                for (String key : page) {
                    if (!range.contains(key)) {
                        beyond = true;
                        break;
                    }
                    seen.add(key);
                }
                String last = page.isEmpty() ? null : page.get(page.size() - 1);
                if (beyond || last == null || bucket.higher(last) == null) {
                    break;
                }
                List<KeyRange> cut = KeyRanges.split("", page.get(0), new KeyRange(last, null, range.upTo()), 8);
                if (cut.size() > 1) {
                    todo.addAll(cut);
                    break;
                }
                after = last;
            }
        }

        assertThat(seen).hasSize(bucket.size()).doesNotHaveDuplicates();
        assertThat(requests).as("requests for %d keys", bucket.size()).isLessThan(60);
    }

    private static List<String> page(TreeSet<String> bucket, String after) {
        List<String> page = new ArrayList<>();
        for (String key : after == null ? bucket : bucket.tailSet(after, false)) {
            if (page.size() == 1000) {
                break;
            }
            page.add(key);
        }
        return page;
    }
}
