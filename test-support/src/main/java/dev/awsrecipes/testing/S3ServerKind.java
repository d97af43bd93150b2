package dev.awsrecipes.testing;

/** The real S3 servers every S3 integration test runs against. */
public enum S3ServerKind implements ServerKind {
    /** LocalStack 4.14: the emulator of every AWS service the recipes use. */
    LOCALSTACK("localstack"),
    /** versitygw 1.8 with its posix backend: an S3 gateway, a second and independent S3 implementation. */
    VERSITYGW("versitygw");

    private final String label;

    S3ServerKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
