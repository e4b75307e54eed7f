package org.safeguardinghub.govuk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What people typed reaches a cell escaped, and the tag classes the domain gives whole come out as one GOV.UK tag. */
class CellsTests {

    final Cells cells = new Cells();

    @Test
    void aTagClassGivenWholeOrAsItsModifierMakesTheSameTag() {
        assertThat(cells.tagClassed("Red: off track", "govuk-tag govuk-tag--red"))
                .isEqualTo("<strong class=\"govuk-tag govuk-tag--red\">Red: off track</strong>");
        assertThat(cells.tagClassed("Draft", "govuk-tag--yellow")).isEqualTo("<strong class=\"govuk-tag govuk-tag--yellow\">Draft</strong>");
        assertThat(cells.tagClassed("Plain", null)).isEqualTo("<strong class=\"govuk-tag\">Plain</strong>");
        assertThat(cells.tagModifiers("govuk-tag govuk-tag--purple govuk-!-margin-top-1")).isEqualTo("govuk-tag--purple govuk-!-margin-top-1");
    }

    @Test
    void typedTextIsEscapedInEveryPiece() {
        var typed = "<script>alert('x')</script>";
        assertThat(cells.withHiddenText("Remove", " " + typed)).doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(cells.list(List.of(typed))).doesNotContain("<script>");
        assertThat(cells.bullets(List.of(typed), "govuk-body-s")).startsWith("<ul class=\"govuk-list govuk-list--bullet govuk-body-s\">")
                .doesNotContain("<script>");
        assertThat(cells.paragraph(cells.escaped(typed), "govuk-body")).isEqualTo("<p class=\"govuk-body\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</p>");
        assertThat(cells.externalLink(typed, "https://example.org/?a=1&b=2"))
                .contains("href=\"https://example.org/?a=1&amp;b=2\" rel=\"noreferrer noopener\"").doesNotContain("<script>");
    }

    @Test
    void aRowFlattensListsOfCellsAndLeavesOutNulls() {
        assertThat(cells.row("first", List.of("a", "b"), null, "last")).containsExactly("first", "a", "b", "last");
        assertThat(cells.row("first", new Object[] {"a", "b"})).containsExactly("first", "a", "b");
        assertThat(cells.listOf(List.of(cells.link("One", "/one"), cells.escaped("two & three")), "govuk-list"))
                .isEqualTo("<ul class=\"govuk-list\"><li><a class=\"govuk-link\" href=\"/one\">One</a></li><li>two &amp; three</li></ul>");
    }
}
