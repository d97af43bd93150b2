package dev.awsrecipes.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines of {@code run} split as a POSIX shell splits them, and back. */
class ShellWordsTest {

    @Test
    void splitsOnBlanksAndKeepsQuotedTextWhole() {
        assertThat(ShellWords.split("cp  'a b.txt' \"s3://b/c d\"\tx"))
                .containsExactly("cp", "a b.txt", "s3://b/c d", "x");
        assertThat(ShellWords.split("put-object --text \"say \\\"hi\\\" \\\\ $x\" 'it'\\''s'"))
                .containsExactly("put-object", "--text", "say \"hi\" \\ $x", "it's");
        assertThat(ShellWords.split("rm s3://b/a\\ b ü/€")).containsExactly("rm", "s3://b/a b", "ü/€");
        assertThat(ShellWords.split("ls s3://b/x#y # a comment")).containsExactly("ls", "s3://b/x#y");
        assertThat(ShellWords.split("   # only a comment")).isEmpty();
        assertThat(ShellWords.split("")).isEmpty();
        assertThat(ShellWords.split("a '' b")).containsExactly("a", "", "b");
    }

    @Test
    void anOpenQuoteIsAnError() {
        assertThatThrownBy(() -> ShellWords.split("cp 'a b")).hasMessage("a single quote is not closed");
        assertThatThrownBy(() -> ShellWords.split("cp \"a b")).hasMessage("a double quote is not closed");
    }

    @Test
    void whatIsQuotedSplitsBackToTheSameWords() {
        List<String> words = List.of("put-object", "--text", "it's \"odd\" $HOME \\ #x", "a b", "");
        assertThat(ShellWords.split(ShellWords.line(words))).isEqualTo(words);
    }
}
