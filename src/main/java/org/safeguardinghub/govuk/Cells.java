package org.safeguardinghub.govuk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.modulith.NamedInterface;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The pieces a GOV.UK table cell, summary list value or tag holds when it is more than text: a
 * link, a tag, a link with a tag beside it. Every piece of text is escaped here, so a template never
 * builds markup from what someone typed.
 *
 * <p>Pages reach it as the model attribute {@code cells} ({@code infrastructure.PageChrome}), because
 * Thymeleaf 3.1 refuses a bean reference ({@code @cells}) and {@code #root} inside a fragment's
 * parameters: {@code {'html': cells.link(action.description, '/actions/' + action.id)}}. Rows made by
 * projection ({@code actions.![ … ]}) need the page's variables as {@code #root.base},
 * {@code #root.cells}, so their options are built in a {@code th:with} on a wrapping {@code th:block}
 * and passed to the fragment as {@code ${options}}.
 */
@Component("cells")
@NamedInterface("api")
public class Cells {

    /** A link: {@code <a class="govuk-link" href="…">text</a>}. */
    public String link(Object text, String href) {
        return "<a class=\"govuk-link\" href=\"" + HtmlUtils.htmlEscape(href) + "\">" + escape(text) + "</a>";
    }

    /** A link to a page outside the Hub, which is told nothing of the page the link is on. */
    public String externalLink(Object text, String href) {
        return "<a class=\"govuk-link\" href=\"" + HtmlUtils.htmlEscape(href) + "\" rel=\"noreferrer noopener\">" + escape(text) + "</a>";
    }

    /** A link whose words for a screen reader say more than its visible text ("Change" + " the date"). */
    public String link(Object text, String href, Object hiddenText) {
        return "<a class=\"govuk-link\" href=\"" + HtmlUtils.htmlEscape(href) + "\">" + escape(text)
                + "<span class=\"govuk-visually-hidden\"> " + escape(hiddenText) + "</span></a>";
    }

    /** A GOV.UK tag; {@code colour} is a tag modifier such as "red", "green", "grey", or null for the default. */
    public String tag(Object text, String colour) {
        var classes = colour == null || colour.isBlank() ? "govuk-tag" : "govuk-tag govuk-tag--" + HtmlUtils.htmlEscape(colour);
        return "<strong class=\"" + classes + "\">" + escape(text) + "</strong>";
    }

    /** Pieces already made by this class, side by side (a link then a tag). */
    public String join(String... pieces) {
        return String.join(" ", pieces);
    }

    /** Text, escaped, with a line break between each line someone typed. */
    public String lines(Object text) {
        return escape(text).replace("\r\n", "\n").replace("\n", "<br>");
    }

    /** Text with more words for a screen reader after it, for a button such as "Remove" + " Boxing Day" (the space is the caller's). */
    public String withHiddenText(Object text, Object hiddenText) {
        return escape(text) + visuallyHidden(hiddenText);
    }

    /** A table row (or head) of cells and lists of cells, in order, leaving out nulls: for rows whose width varies. */
    public List<Object> row(Object... cells) {
        var row = new ArrayList<Object>();
        for (var cell : cells) {
            if (cell instanceof Collection<?> several) {
                several.stream().filter(Objects::nonNull).forEach(row::add);
            } else if (cell instanceof Object[] several) { // SpEL hands a list over as an array when it fills varargs
                Arrays.stream(several).filter(Objects::nonNull).forEach(row::add);
            } else if (cell != null) {
                row.add(cell);
            }
        }
        return row;
    }

    /** A plain GOV.UK list of texts, each escaped: {@code <ul class="govuk-list"><li>…</li></ul>}. */
    public String list(Collection<?> texts) {
        var list = new StringBuilder("<ul class=\"govuk-list\">");
        texts.forEach(text -> list.append("<li>").append(escape(text)).append("</li>"));
        return list.append("</ul>").toString();
    }

    /** A GOV.UK bulleted list of texts, each escaped; {@code classes} such as "govuk-body-s" are added to the list's, or null. */
    public String bullets(Collection<?> texts, String classes) {
        var list = new StringBuilder("<ul class=\"govuk-list govuk-list--bullet")
                .append(classes == null || classes.isBlank() ? "" : " " + HtmlUtils.htmlEscape(classes)).append("\">");
        texts.forEach(text -> list.append("<li>").append(escape(text)).append("</li>"));
        return list.append("</ul>").toString();
    }

    /** A list of pieces already made by this class (links, text), each an item: {@code classes} is the list's whole class. */
    public String listOf(Collection<String> pieces, String classes) {
        var list = new StringBuilder("<ul class=\"").append(HtmlUtils.htmlEscape(classes)).append("\">");
        pieces.forEach(piece -> list.append("<li>").append(piece).append("</li>"));
        return list.append("</ul>").toString();
    }

    /** A paragraph around a piece already made by this class; {@code classes} such as "govuk-body" or "govuk-body-s". */
    public String paragraph(String piece, String classes) {
        return "<p class=\"" + HtmlUtils.htmlEscape(classes) + "\">" + piece + "</p>";
    }

    /** A span around a piece already made by this class, for a smaller line such as "govuk-body-s", or null for none. */
    public String span(String piece, String classes) {
        return (classes == null ? "<span>" : "<span class=\"" + HtmlUtils.htmlEscape(classes) + "\">") + piece + "</span>";
    }

    /** A cell or value of plain text, as the fragments take it. */
    public Map<String, Object> text(Object text) {
        var cell = new LinkedHashMap<String, Object>();
        cell.put("text", text == null ? "" : text.toString());
        return cell;
    }

    /**
     * A form control's options with its error message added, for {@code layout/fields}: the options a page gave are
     * left as they are, and no message leaves them unchanged.
     */
    public Map<String, Object> withError(Map<String, Object> options, Object message) {
        if (message == null || message.toString().isBlank()) {
            return options;
        }
        var withError = new LinkedHashMap<String, Object>(options);
        withError.put("errorMessage", text(message));
        return withError;
    }

    /** A list of pieces already made by this class (links, tags, joined pieces), as they are. */
    public String listOf(Collection<String> pieces) {
        return listOf(pieces, "govuk-list");
    }

    /** Text on a smaller line of its own under what a cell holds, such as a person's job title under their name. */
    public String note(Object text) {
        return "<span class=\"govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0\">" + escape(text) + "</span>";
    }

    /** Text, escaped, to stand beside other pieces in {@link #join}. */
    public String escaped(Object text) {
        return escape(text);
    }

    /** Text, escaped, in bold: {@code <strong>text</strong>}. */
    public String bold(Object text) {
        return "<strong>" + escape(text) + "</strong>";
    }

    /** Text as a GOV.UK hint beside what a cell holds, such as a theme's description under its name. */
    public String hint(Object text) {
        return "<span class=\"govuk-hint govuk-!-margin-bottom-0\">" + escape(text) + "</span>";
    }

    /** Words for screen readers only, to follow a button's or link's visible text. */
    public String visuallyHidden(Object text) {
        return "<span class=\"govuk-visually-hidden\">" + escape(text) + "</span>";
    }

    /**
     * A GOV.UK tag whose classes the domain gives whole, as {@code Rag.tagClass()} does: "govuk-tag govuk-tag--red"
     * or just "govuk-tag--red".
     */
    public String tagClassed(Object text, String tagClass) {
        var modifiers = tagModifiers(tagClass);
        return "<strong class=\"govuk-tag" + (modifiers.isEmpty() ? "" : " " + HtmlUtils.htmlEscape(modifiers)) + "\">" + escape(text) + "</strong>";
    }

    /** The classes govuk/tag adds to its own "govuk-tag", from a class the domain gives whole: "govuk-tag govuk-tag--red" → "govuk-tag--red". */
    public String tagModifiers(String tagClass) {
        return tagClass == null ? "" : tagClass.replaceFirst("^\\s*govuk-tag(\\s+|$)", "").trim();
    }

    private static String escape(Object text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text.toString());
    }
}
