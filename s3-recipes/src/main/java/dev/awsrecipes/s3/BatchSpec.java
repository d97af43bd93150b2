package dev.awsrecipes.s3;

import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.SpecBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The steps {@link S3Transfers#run(BatchSpec)} carries out, and how.
 *
 * <pre>{@code
 * BatchResult r = transfers.run(b -> b.actions(plan).objectsInFlight(32)
 *         .perUpload(u -> u.partSize(16 * S3Limits.MIB))
 *         .listener((action, error) -> log.info("{} {}", action.describe(), error == null ? "done" : error)));
 * }</pre>
 *
 * @param actions the steps; transfers run before deletions, so a sync never deletes before it copied
 * @param objectsInFlight how many objects are transferred at the same time (each may also send its parts
 *     concurrently)
 * @param perUpload settings applied to every upload (part size, concurrency, ...); bucket, key and file are
 *     set by the step
 * @param perDownload settings applied to every download; bucket, key, file and overwrite are set by the step
 * @param listener hears each step end
 */
public record BatchSpec(
        List<ObjectAction> actions,
        int objectsInFlight,
        Consumer<UploadSpec.Builder> perUpload,
        Consumer<DownloadSpec.Builder> perDownload,
        BatchListener listener) {
    /** The default number of objects transferred at once. */
    public static final int DEFAULT_OBJECTS_IN_FLIGHT = 32;

    /** Checks every value. */
    public BatchSpec {
        actions = List.copyOf(Check.notNull(actions, "actions"));
        Check.inRange(objectsInFlight, 1, 1024, "objectsInFlight");
        perUpload = perUpload == null ? u -> {} : perUpload;
        perDownload = perDownload == null ? d -> {} : perDownload;
        listener = listener == null ? BatchListener.NONE : listener;
    }

    /** A new builder: no step, the default number of objects at once, default settings. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link BatchSpec}; the spec checks every value when it is built. */
    public static final class Builder extends BatchSetters<Builder> implements SpecBuilder<Builder, BatchSpec> {
        private final List<ObjectAction> actions = new ArrayList<>();

        private Builder() {}

        /** Adds steps, after those already given. */
        public Builder actions(List<? extends ObjectAction> actions) {
            this.actions.addAll(Check.notNull(actions, "actions"));
            return this;
        }

        /** The spec. */
        @Override
        public BatchSpec build() {
            return new BatchSpec(actions, objectsInFlight(), perUpload(), perDownload(), listener());
        }
    }
}
