package org.safeguardinghub.govuk;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The pieces a GOV.UK table cell, summary list value or tag holds when it is more than text: a
 * link, a tag, a link with a tag beside it. Templates call it as the model attribute {@code cells}
 * (Thymeleaf refuses a bean reference such as {@code @cells} inside fragment parameters) in the
 * options they pass to {@code govuk/table} and {@code govuk/summary-list}, for example
 * {@code {'html': cells.link(action.description, '/actions/' + action.id)}}. Rows made by projection
 * ({@code actions.![ ... ]}), where a plain name means the item's property, are built in a {@code th:with}
 * around the call and reach it as {@code #root.cells}, since fragment parameters refuse {@code #root} too. Every piece of text is
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

    /** A list of text, each item escaped: {@code <ul class="govuk-list">}. */
    public String list(Collection<?> items) {
        var list = new StringBuilder("<ul class=\"govuk-list\">");
        items.forEach(item -> list.append("<li>").append(escape(item)).append("</li>"));
        return list.append("</ul>").toString();
    }

    /** A list of pieces already made by this class (links, tags, joined pieces), as they are. */
    public String listOf(Collection<String> pieces) {
        var list = new StringBuilder("<ul class=\"govuk-list\">");
        pieces.forEach(piece -> list.append("<li>").append(piece).append("</li>"));
        return list.append("</ul>").toString();
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

    /** A link to another site, which is given no access to the page that opened it. */
    public String externalLink(Object text, String href) {
        return "<a class=\"govuk-link\" href=\"" + HtmlUtils.htmlEscape(href) + "\" rel=\"noopener noreferrer\">" + escape(text) + "</a>";
    }

    /** Words for screen readers only, to follow a button's or link's visible text. */
    public String visuallyHidden(Object text) {
        return "<span class=\"govuk-visually-hidden\">" + escape(text) + "</span>";
    }

    private static String escape(Object text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text.toString());
    }
}
