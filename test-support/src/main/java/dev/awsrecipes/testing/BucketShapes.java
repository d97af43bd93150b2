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
    ONE_FOLDER_OVER_A_THOUSAND {
        @Override
        public List<String> keys() {
            return numbered("t/part-%05d", 1503);
        }
    },
    /** 1,200 keys under {@code data/} and 300 under {@code logs/}: the first page ends inside the first folder. */
    TWO_FOLDERS_FIRST_PAGE_ENDS_INSIDE_THE_FIRST {
        @Override
        public List<String> keys() {
            List<String> keys = numbered("data/obj-%05d", 1200);
            keys.addAll(numbered("logs/obj-%05d", 300));
            return keys;
        }
    },
    /** 2,500 keys without a folder, named so that range cuts fall on existing keys too. */
    FLAT {
        @Override
        public List<String> keys() {
            List<String> keys = numbered("event-%05d", 2491);
            // "event-01" ... "event-09": where ranges are cut after a page ending at "event-00999", so a
            // range starts exactly at an existing key.
            for (int i = 1; i <= 9; i++) {
                keys.add("event-0" + i);
            }
            return keys;
        }
    },
    /**
     * Folders and loose keys interleaved, a nested folder among them: a/ (300), loose-* (1,200), p/
     * (300), q/r/ (300), zz-* (300); the first page ends among the loose keys.
     */
    FOLDERS_AND_LOOSE_KEYS {
        @Override
        public List<String> keys() {
            List<String> keys = new ArrayList<>();
            keys.addAll(numbered("a/%04d", 300));
            keys.addAll(numbered("loose-%05d", 1200));
            keys.addAll(numbered("p/%04d", 300));
            keys.addAll(numbered("q/r/%04d", 300));
            keys.addAll(numbered("zz-%04d", 300));
            return keys;
        }
    },
    /**
     * Non-ASCII names in folders and loose, whose UTF-8 byte order differs from Java's UTF-16 order:
     * données/ (700), ü-* (200), 日本/ (400), a 4-byte emoji folder (300), ｆｕｌｌ-* (200).
     */
    NON_ASCII {
        @Override
        public List<String> keys() {
            List<String> keys = new ArrayList<>();
            keys.addAll(numbered("données/fichier-%04d", 700));
            keys.addAll(numbered("ü-%04d", 200));
            keys.addAll(numbered("日本/ファイル-%04d", 400));
            keys.addAll(numbered("\uD83D\uDE00/%04d", 300));
            keys.addAll(numbered("\uFF46\uFF55\uFF4C\uFF4C-%04d", 200));
            return keys;
        }
    },
    /** 1,250 folders of two keys each: the folder listing itself takes more than one page. */
    MANY_SMALL_FOLDERS {
        @Override
        public List<String> keys() {
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < 1250; i++) {
                keys.add(String.format("f%04d/x", i));
                keys.add(String.format("f%04d/y", i));
            }
            return keys;
        }
    };

    /** The keys of this shape, in no particular order. */
    public abstract List<String> keys();

    /** The shape's name as a bucket-name part: lower case, dashes. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static List<String> numbered(String format, int count) {
        List<String> keys = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            keys.add(String.format(format, i));
        }
        return keys;
    }
}
