package org.safeguardinghub.search;

import org.springframework.web.util.HtmlUtils;

/**
 * A piece of a found text with the words that matched between two markers PostgreSQL put there
 * ({@link #START} and {@link #STOP}, private-use characters that are removed from the text before
 * it is marked). {@link #html()} escapes everything else, so nothing typed into minutes can become
 * markup.
 */
record Snippet(String marked) {

    static final char START = '\uE000';
    static final char STOP = '\uE001';

    /** The snippet as HTML: the text escaped, the matched words in {@code <mark>}. */
    public String html() {
        if (marked == null) {
            return "";
        }
        var out = new StringBuilder(marked.length() + 32);
        var open = false;
        var run = new StringBuilder();
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == START || c == STOP) {
                out.append(HtmlUtils.htmlEscape(run.toString()));
                run.setLength(0);
                if (c == START && !open) {
                    out.append("<mark>");
                    open = true;
                } else if (c == STOP && open) {
                    out.append("</mark>");
                    open = false;
                }
            } else {
                run.append(c);
            }
        }
        out.append(HtmlUtils.htmlEscape(run.toString()));
        if (open) {
            out.append("</mark>");
        }
        return out.toString();
    }

    /** The snippet as plain text, without the markers. */
    public String text() {
        return marked == null ? "" : marked.replace(String.valueOf(START), "").replace(String.valueOf(STOP), "");
    }
}
