package dev.awsrecipes.cli.s3;

import java.util.Locale;

/** A size as {@code aws s3 ls --human-readable} writes it: {@code 1 Byte}, {@code 512 Bytes}, {@code 1.5 KiB}. */
final class HumanSize {
    private static final String[] UNITS = {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};

    private HumanSize() {}

    static String of(long bytes) {
        if (bytes == 1) {
            return "1 Byte";
        }
        if (bytes < 1024) {
            return bytes + " Bytes";
        }
        double value = bytes / 1024.0;
        int unit = 0;
        // Moves up while the value would print as 1024.0 or more, so 1048575 bytes reads 1.0 MiB.
        while (Math.round(value * 10) >= 10240 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }
}
