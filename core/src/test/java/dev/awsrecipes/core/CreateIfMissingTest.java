package dev.awsrecipes.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

class CreateIfMissingTest {

    private static AwsServiceException awsError(String code, int status) {
        return AwsServiceException.builder()
                .statusCode(status)
                .awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode(code)
                        .errorMessage(code + " happened")
                        .build())
                .build();
    }

    @Test
    void existing_isReturnedWithoutCreating() {
        CreateIfMissing.Outcome<String> outcome = CreateIfMissing.getOrCreate(() -> Optional.of("sg-1"), () -> {
            throw new AssertionError("must not create");
        });
        assertThat(outcome).isEqualTo(new CreateIfMissing.Outcome<>("sg-1", false));
    }

    @Test
    void missing_isCreated() {
        assertThat(CreateIfMissing.getOrCreate(Optional::<String>empty, () -> "sg-2"))
                .isEqualTo(new CreateIfMissing.Outcome<>("sg-2", true));
    }

    @Test
    void createdConcurrently_isLookedUpAgain() {
        AtomicReference<String> store = new AtomicReference<>();
        CreateIfMissing.Outcome<String> outcome =
                CreateIfMissing.getOrCreate(() -> Optional.ofNullable(store.get()), () -> {
                    store.set("sg-3");
                    throw awsError("InvalidGroup.Duplicate", 400);
                });
        assertThat(outcome).isEqualTo(new CreateIfMissing.Outcome<>("sg-3", false));
    }

    @Test
    void otherErrors_reachTheCallerUnchanged() {
        AwsServiceException denied = awsError("UnauthorizedOperation", 403);
        assertThatThrownBy(() -> CreateIfMissing.getOrCreate(Optional::empty, () -> {
                    throw denied;
                }))
                .isSameAs(denied);
    }

    @Test
    void duplicateWrite_isReportedAsAlreadyThere() {
        assertThat(CreateIfMissing.run(() -> {
                    throw awsError("InvalidPermission.Duplicate", 400);
                }))
                .isFalse();
        assertThat(CreateIfMissing.run(() -> {})).isTrue();
    }

    @Test
    void errorCodes_areFoundThroughCauses() {
        RuntimeException wrapped = new RuntimeException(awsError("InvalidKeyPair.NotFound", 400));
        assertThat(AwsErrors.hasCode(wrapped, "InvalidKeyPair.NotFound")).isTrue();
        assertThat(AwsErrors.isNotFound(wrapped)).isTrue();
        assertThat(AwsErrors.isAlreadyExists(wrapped)).isFalse();
        assertThat(AwsErrors.describe(wrapped)).startsWith("InvalidKeyPair.NotFound: ");
    }
}
