package dev.awsrecipes.testing;

/** One of the real servers a family of integration tests runs on, e.g. {@link S3ServerKind#VERSITYGW}. */
public interface ServerKind {
    /** The lower-case name test names and summaries show. */
    String label();
}
