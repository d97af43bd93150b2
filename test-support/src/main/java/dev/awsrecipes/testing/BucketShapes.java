package dev.awsrecipes.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * The key layouts that listing code must count right on every S3 server, as lists of keys. Each is
 * larger than one listing page (1,000 keys) so that every continuation path runs; none has a key that
 * is also a folder name ({@code a} beside {@code a/b}), which file-system backed servers such as
 * versitygw's posix backend cannot store.
 */
public enum BucketShapes {
    /** 1,503 keys under one top-level folder {@code t/}: the first page ends inside it. */
    ONE_FOLDER_OVER_A_THOUSAND(numbered("t/part-%05d", 1503)),
    /** 1,200 keys under {@code data/} and 300 under {@code logs/}: the first page ends inside the first folder. */
    TWO_FOLDERS_FIRST_PAGE_ENDS_INSIDE_THE_FIRST(numbered("data/obj-%05d", 1200), numbered("logs/obj-%05d", 300)),
    /**
     * 2,500 keys without a folder, named so that range cuts fall on existing keys too: "event-01" ...
     * "event-09" are where ranges are cut after a page ending at "event-00999", so a range starts
     * exactly at an existing key.
     */
    FLAT(numbered("event-%05d", 2491), numbered("event-0%d", 1, 9)),
    /**
     * Folders and loose keys interleaved, a nested folder among them: a/ (300), loose-* (1,200), p/
     * (300), q/r/ (300), zz-* (300); the first page ends among the loose keys.
     */
    FOLDERS_AND_LOOSE_KEYS(
            numbered("a/%04d", 300),
            numbered("loose-%05d", 1200),
            numbered("p/%04d", 300),
            numbered("q/r/%04d", 300),
            numbered("zz-%04d", 300)),
    /**
     * Non-ASCII names in folders and loose, whose UTF-8 byte order differs from Java's UTF-16 order:
     * données/ (700), ü-* (200), 日本/ (400), a 4-byte emoji folder (300), ｆｕｌｌ-* (200).
     */
    NON_ASCII(
            numbered("données/fichier-%04d", 700),
            numbered("ü-%04d", 200),
            numbered("日本/ファイル-%04d", 400),
            numbered("\uD83D\uDE00/%04d", 300),
            numbered("\uFF46\uFF55\uFF4C\uFF4C-%04d", 200)),
    /** 1,250 folders of two keys each: the folder listing itself takes more than one page. */
    MANY_SMALL_FOLDERS(numbered("f%04d/x", 1250), numbered("f%04d/y", 1250));

    /** Keys made from one format and a run of {@code count} numbers from {@code first}. */
    private record Numbered(String format, int first, int count) {}

    private final List<Numbered> groups;

    BucketShapes(Numbered... groups) {
        this.groups = List.of(groups);
    }

    /** The keys of this shape, in no particular order. */
    public List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (Numbered group : groups) {
            for (int i = group.first(); i < group.first() + group.count(); i++) {
                keys.add(String.format(group.format(), i));
            }
        }
        return keys;
    }

    /** The shape's name as a bucket-name part: lower case, dashes. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static Numbered numbered(String format, int count) {
        return numbered(format, 0, count);
    }

    private static Numbered numbered(String format, int first, int count) {
        return new Numbered(format, first, count);
    }
}
