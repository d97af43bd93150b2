package dev.awsrecipes.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpecBuilderTest {
    record Name(String value) {
        Name {
            Check.notBlank(value, "value");
        }
    }

    static final class NameBuilder implements SpecBuilder<NameBuilder, Name> {
        private String value;

        NameBuilder value(String value) {
            this.value = value;
            return this;
        }

        @Override
        public Name build() {
            return new Name(value);
        }
    }

    @Test
    void applyMutation_appliesTheConsumerAndReturnsTheBuilder() {
        assertThat(new NameBuilder().applyMutation(b -> b.value("x")).build()).isEqualTo(new Name("x"));
    }

    @Test
    void applyMutation_nullConsumer_isRejected() {
        assertThatThrownBy(() -> new NameBuilder().applyMutation(null))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("spec is required");
    }
}
