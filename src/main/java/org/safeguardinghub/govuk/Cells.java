package org.safeguardinghub.govuk;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The pieces a GOV.UK table cell, summary list value or tag holds when it is more than text: a
 * link, a tag, a link with a tag beside it. Templates call it as {@code @cells} inside the options
 * they pass to {@code govuk/table}, {@code govuk/summary-list} and {@code govuk/tag}, for example
 * {@code {'html': @cells.link(action.description, '/actions/' + action.id)}}. Every piece of text is
 * escaped here, so a template never builds markup from what someone typed.
 */
@Component("cells")
@NamedInterface("api")
public class Cells {

    /** A link: {@code <a class="govuk-link" href="…">text</a>}. */
    public String link(Object text, String href) {
        return "<a class=\"govuk-link\" href=\"" + HtmlUtils.htmlEscape(href) + "\">" + escape(text) + "</a>";
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

    /** A cell or value of plain text, as the fragments take it. */
    public Map<String, Object> text(Object text) {
        var cell = new LinkedHashMap<String, Object>();
        cell.put("text", text == null ? "" : text.toString());
        return cell;
    }

    private static String escape(Object text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text.toString());
    }
}
