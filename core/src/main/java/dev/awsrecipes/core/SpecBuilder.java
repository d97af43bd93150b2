package dev.awsrecipes.core;

import java.util.function.Consumer;

/**
 * The builder of an immutable spec, as the SDK's builders are: {@link #applyMutation} lets a recipe's
 * {@code Consumer<Builder>} overload be one line, {@code recipe(Spec.builder().applyMutation(spec).build())}.
 *
 * @param <B> the builder itself
 * @param <T> the spec it builds, which checks itself in its constructor
 */
public interface SpecBuilder<B extends SpecBuilder<B, T>, T> {

    /** The spec; throws {@link InvalidArgumentException} naming the first argument that breaks a rule. */
    T build();

    /** Hands this builder to the mutator and returns it. */
    @SuppressWarnings("unchecked")
    default B applyMutation(Consumer<? super B> mutator) {
        Check.notNull(mutator, "spec").accept((B) this);
        return (B) this;
    }
}
