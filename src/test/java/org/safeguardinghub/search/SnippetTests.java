package org.safeguardinghub.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetTests {

    private static String marked(String text) {
        return text.replace('[', Snippet.START).replace(']', Snippet.STOP);
    }

    @Test
    void escapesTheTextAndMarksTheMatches() {
        var snippet = new Snippet(marked("<img src=x onerror=alert(1)> the [neglect] & [strategy]"));
        assertThat(snippet.html()).isEqualTo(
                "&lt;img src=x onerror=alert(1)&gt; the <mark>neglect</mark> &amp; <mark>strategy</mark>");
        assertThat(snippet.text()).isEqualTo("<img src=x onerror=alert(1)> the neglect & strategy");
    }

    @Test
    void unbalancedMarkersNeverLeaveAnOpenElement() {
        assertThat(new Snippet(marked("a [b")).html()).isEqualTo("a <mark>b</mark>");
        assertThat(new Snippet(marked("a] b [[c]")).html()).isEqualTo("a b <mark>c</mark>");
        assertThat(new Snippet(null).html()).isEmpty();
    }

    @Test
    void typesAreNamedInTheAddress() {
        assertThat(ResultType.fromParameter("decision")).isEqualTo(ResultType.DECISION);
        assertThat(ResultType.fromParameter("nonsense")).isNull();
        assertThat(ResultType.MATTER.parameter()).isEqualTo("matter");
    }
}
