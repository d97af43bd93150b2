package dev.awsrecipes.examples;

/** What every example does with arguments it cannot use: one usage line on stderr and exit status 2. */
public final class Usage {
    private Usage() {}

    /** Exits with {@code usage: LINE} unless the arguments are {@code usable}. */
    public static void require(boolean usable, String line) {
        if (!usable) {
            System.err.println("usage: " + line);
            System.exit(2);
        }
    }
}
