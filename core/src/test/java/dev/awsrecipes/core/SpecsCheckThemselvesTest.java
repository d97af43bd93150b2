package dev.awsrecipes.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Core's public values reject bad input when they are made, without a session. */
class SpecsCheckThemselvesTest {

    @Test
    void account_profileWithARoleArn_isRejected() {
        assertThatThrownBy(() -> new Account(
                        "dev",
                        Account.Source.PROFILE,
                        Optional.of("dev"),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of("arn:aws:iam::123456789012:role/ops")))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("roleArn does not belong to an account of this source");
    }

    @Test
    void account_staticKeysWithoutSecret_isRejected() {
        assertThatThrownBy(() -> new Account(
                        "prod",
                        Account.Source.STATIC_KEYS,
                        Optional.empty(),
                        Optional.of("AKIAPROD"),
                        Optional.empty(),
                        Optional.empty()))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("secretAccessKey is required and must not be blank");
    }

    @Test
    void account_comparesByValue_andKeepsTheSecretOutOfToString() {
        Account one = Account.keys("prod", "AKIAPROD", "very-secret-value");

        assertThat(one).isEqualTo(Account.keys("prod", "AKIAPROD", "very-secret-value"));
        assertThat(one).isNotEqualTo(Account.keys("prod", "AKIAPROD", "another-secret"));
        assertThat(one.toString()).doesNotContain("very-secret-value");
    }
}
