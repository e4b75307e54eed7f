package org.safeguardinghub.meetings.extraction;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.BodyElementType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * Minutes as paragraphs of text, whatever they were written in. A table row is one paragraph with
 * its cells separated by tabs, which is also how the seed minutes (a Word table saved as text)
 * arrive.
 */
final class MinutesText {

    /** A paragraph, a list entry, a heading or a table row. */
    record Block(String text, boolean bullet, boolean heading) {

        List<String> cells() {
            return Arrays.stream(text.split("\t", -1)).map(String::strip).toList();
        }

        boolean isRow() {
            return text.indexOf('\t') >= 0;
        }

        /** The text with cell breaks as spaces and cells holding no words (scanning debris) left out. */
        String plain() {
            if (!isRow()) {
                return text.strip();
            }
            return cells().stream().filter(MinutesText::hasWords).collect(Collectors.joining(" "));
        }

        boolean isBlank() {
            return plain().isEmpty();
        }
    }

    private static final Pattern STARTS_BLOCK = Pattern.compile(
            "^(?:[-*+•▪◦·]\\s|\\(?(?:item\\s+)?\\d{1,2}[.)]\\s|\\([a-z]{1,4}\\)\\s|#|\\|"
                    + "|\\(?(?:ACTIONS?|Actions?|DECISIONS?|Decisions?|RESOLVED|Resolved|AGREED|Agreed)\\b"
                    + "|(?:Present|Apologies|Attendees|In attendance|Not in attendance|Not present|Absent)\\b)");
    private static final String NAME_START = "^(?:(?:Dr|Cllr|Councillor|Mr|Mrs|Ms|Miss|Prof)\\.?\\s+)?[A-Z][\\p{L}'’-]+(?:\\s+[A-Z][\\p{L}'’-]+){1,3}";
    private static final Pattern PERSON_ENTRY = Pattern.compile(NAME_START + "\\s*\\([A-Z][A-Za-z]{1,3}\\)");
    /** "Jane Doe, Chair, …" or "Jane Doe – Chair": a list entry, though the same start can open a sentence. */
    private static final Pattern LIST_ENTRY = Pattern.compile(NAME_START + "(?:,|\\s[–—-]\\s)");
    private static final Pattern NUMBERED_HEADING = Pattern.compile("^(?:item\\s+)?\\d{1,2}[.)]\\s", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;]['\"’”)]*$");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^(?:page\\s*)?\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?$|^[-–]\\s*\\d{1,4}\\s*[-–]$");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*$");
    private static final Pattern MARKDOWN_BULLET = Pattern.compile("^[-*+]\\s+(.*)$");
    private static final Pattern MARKDOWN_TABLE_RULE = Pattern.compile("^\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?$");
    private static final Pattern PLAIN_BULLET = Pattern.compile("^[•▪◦·]\\s*(.*)$");

    /**
     * Lines this long that stop without punctuation were wrapped by the writer or the PDF, not
     * ended: a heading or a list entry is shorter.
     */
    private static final int WRAPPED_LINE = 45;

    /**
     * A text file with any line longer than this was not wrapped by its writer: each line is a
     * paragraph (as when Word saves as text), and joining lines would run list entries together.
     */
    private static final int LONGEST_WRAPPED_LINE = 100;

    private final List<Block> blocks;

    private MinutesText(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    List<Block> blocks() {
        return blocks;
    }

    boolean isBlank() {
        return blocks.stream().allMatch(Block::isBlank);
    }

    static MinutesText fromPlainText(String text) {
        var blocks = new ArrayList<Block>();
        for (var line : lines(text)) {
            var bullet = PLAIN_BULLET.matcher(line);
            if (bullet.matches()) {
                blocks.add(new Block(bullet.group(1), true, false));
            } else if (line.startsWith("- ") || line.startsWith("* ")) {
                blocks.add(new Block(line.substring(2).strip(), true, false));
            } else {
                blocks.add(new Block(line, false, false));
            }
        }
        var hardWrapped = blocks.stream().noneMatch(b -> b.text().length() > LONGEST_WRAPPED_LINE);
        return new MinutesText(hardWrapped ? joinWrappedLines(blocks, false) : blocks);
    }

    static MinutesText fromMarkdown(String text) {
        var blocks = new ArrayList<Block>();
        for (var raw : lines(text)) {
            var line = unmark(raw);
            var heading = MARKDOWN_HEADING.matcher(line);
            var bullet = MARKDOWN_BULLET.matcher(line);
            if (heading.matches()) {
                blocks.add(new Block(heading.group(1), false, true));
            } else if (line.startsWith("|")) {
                if (!MARKDOWN_TABLE_RULE.matcher(line).matches()) {
                    var inner = line.replaceAll("^\\|", "").replaceAll("\\|$", "");
                    blocks.add(new Block(Arrays.stream(inner.split("\\|", -1)).map(String::strip)
                            .collect(Collectors.joining("\t")), false, false));
                }
            } else if (bullet.matches()) {
                blocks.add(new Block(bullet.group(1), true, false));
            } else {
                blocks.add(new Block(line, false, false));
            }
        }
        return new MinutesText(joinWrappedLines(blocks, true));
    }

    /**
     * Word keeps paragraphs, so nothing is joined; agenda items are usually automatic numbering,
     * whose numbers are not in the text and are worked out here.
     */
    static MinutesText fromDocx(XWPFDocument docx) {
        var blocks = new ArrayList<Block>();
        var numbering = new HashMap<BigInteger, int[]>();
        for (var element : docx.getBodyElements()) {
            if (element.getElementType() == BodyElementType.PARAGRAPH) {
                addParagraph((XWPFParagraph) element, numbering, blocks);
            } else if (element.getElementType() == BodyElementType.TABLE) {
                for (var row : ((XWPFTable) element).getRows()) {
                    var cells = row.getTableCells().stream()
                            .map(cell -> cell.getParagraphs().stream().map(XWPFParagraph::getText)
                                    .map(MinutesText::tidy).filter(t -> !t.isEmpty())
                                    .collect(Collectors.joining(" ")).replace('\t', ' '))
                            .collect(Collectors.joining("\t"));
                    blocks.add(new Block(cells, false, false));
                }
                blocks.add(new Block("", false, false));
            }
        }
        return new MinutesText(blocks);
    }

    private static void addParagraph(XWPFParagraph paragraph, Map<BigInteger, int[]> numbering, List<Block> blocks) {
        var style = paragraph.getStyle() == null ? "" : paragraph.getStyle().toLowerCase(Locale.ROOT);
        var heading = style.startsWith("heading") || style.equals("title");
        var prefix = "";
        var bullet = false;
        if (paragraph.getNumID() != null) {
            var format = paragraph.getNumFmt() == null ? "" : paragraph.getNumFmt();
            var level = paragraph.getNumIlvl() == null ? 0 : Math.min(8, paragraph.getNumIlvl().intValue());
            if (format.equals("bullet")) {
                bullet = true;
            } else if (format.startsWith("decimal")) {
                var counters = numbering.computeIfAbsent(paragraph.getNumID(), id -> new int[9]);
                counters[level]++;
                Arrays.fill(counters, level + 1, 9, 0);
                var pattern = paragraph.getNumLevelText() == null ? "%" + (level + 1) + "." : paragraph.getNumLevelText();
                for (int l = 0; l <= level; l++) {
                    pattern = pattern.replace("%" + (l + 1), String.valueOf(Math.max(1, counters[l])));
                }
                prefix = pattern + " ";
            }
        }
        var lines = paragraph.getText().split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            var text = tidy(lines[i]);
            blocks.add(new Block(i == 0 && !text.isEmpty() ? prefix + text : text, bullet, heading));
        }
    }

    /**
     * PDF text comes page by page so that what repeats at the top or bottom of most pages (a
     * protective marking, the partnership's name, "Page 2 of 5") can be told apart from the minutes.
     */
    static MinutesText fromPdf(PDDocument pdf) throws IOException {
        var stripper = new CellAwareStripper();
        stripper.setSortByPosition(true);
        var pages = new ArrayList<List<String>>();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            var out = new StringWriter();
            stripper.writeText(pdf, out);
            // Only the blank line PDFBox ends each page with goes; a paragraph may run on to the next page.
            pages.add(lines(out.toString().stripTrailing()));
        }
        var blocks = new ArrayList<Block>();
        for (var line : withoutRunningHeadsAndFeet(pages)) {
            var bullet = PLAIN_BULLET.matcher(line);
            blocks.add(bullet.matches() ? new Block(bullet.group(1), true, false) : new Block(line, false, false));
        }
        return new MinutesText(joinWrappedLines(blocks, false));
    }

    /** How many lines at each edge of a page can hold a running head or foot. */
    private static final int EDGE = 3;

    static List<String> withoutRunningHeadsAndFeet(List<List<String>> pages) {
        var seenOnPages = new LinkedHashMap<String, Integer>();
        for (var page : pages) {
            edgeLines(page).stream().map(MinutesText::shape).distinct()
                    .forEach(shape -> seenOnPages.merge(shape, 1, Integer::sum));
        }
        var needed = Math.max(2, (pages.size() + 1) / 2);
        var result = new ArrayList<String>();
        for (var page : pages) {
            var edges = edgeIndexes(page);
            for (int i = 0; i < page.size(); i++) {
                var line = page.get(i);
                var repeated = pages.size() > 1 && seenOnPages.getOrDefault(shape(line), 0) >= needed;
                if (edges.contains(i) && (repeated || PAGE_NUMBER.matcher(line.strip()).matches())) {
                    continue;
                }
                result.add(line);
            }
        }
        return result;
    }

    private static List<String> edgeLines(List<String> page) {
        return edgeIndexes(page).stream().map(page::get).toList();
    }

    private static List<Integer> edgeIndexes(List<String> page) {
        var nonBlank = new ArrayList<Integer>();
        for (int i = 0; i < page.size(); i++) {
            if (!page.get(i).isBlank()) {
                nonBlank.add(i);
            }
        }
        var edges = new ArrayList<Integer>(nonBlank.subList(0, Math.min(EDGE, nonBlank.size())));
        nonBlank.subList(Math.min(nonBlank.size(), Math.max(EDGE, nonBlank.size() - EDGE)), nonBlank.size()).forEach(edges::add);
        return edges;
    }

    /** Page numbers change from page to page; the words around them do not. */
    private static String shape(String line) {
        return line.strip().replaceAll("\\d+", "#").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * PDFBox gives a table row as one line; a gap much wider than a space between two runs of text
     * is taken as a cell boundary and written as a tab, so that PDF tables read like Word ones.
     */
    private static final class CellAwareStripper extends PDFTextStripper {

        private float lineEnd = -1;
        private boolean separatorPending;

        @Override
        protected void writeWordSeparator() {
            separatorPending = true;
        }

        @Override
        protected void writeLineSeparator() throws IOException {
            lineEnd = -1;
            separatorPending = false;
            super.writeLineSeparator();
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            if (!positions.isEmpty()) {
                var first = positions.getFirst();
                if (lineEnd >= 0) {
                    var gap = first.getXDirAdj() - lineEnd;
                    var wide = gap > Math.max(12f, 1.5f * first.getFontSizeInPt());
                    if (wide) {
                        output.write("\t");
                    } else if (separatorPending) {
                        output.write(getWordSeparator());
                    }
                }
                var last = positions.getLast();
                lineEnd = last.getXDirAdj() + last.getWidthDirAdj();
            } else if (separatorPending) {
                output.write(getWordSeparator());
            }
            separatorPending = false;
            output.write(text);
        }
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R", -1)).map(MinutesText::tidy).toList();
    }

    /**
     * Keeps tabs, even leading ones: a row whose first cells are empty continues the cells above
     * it. Spaces and invisible characters around words go.
     */
    private static String tidy(String line) {
        return line.replaceAll("[\\u00A0\\u2007\\u202F]", " ")
                .replaceAll("[\\u200B\\u200C\\u200D\\uFEFF\\u00AD]", "")
                .replaceAll(" {2,}", " ")
                .replaceAll(" *\t *", "\t")
                .replaceAll("^ +| +$", "");
    }

    /**
     * Wrapped lines of one paragraph are joined back so that an action or an inline "(Action: …)"
     * split over two lines, or over a page break, is read whole. Markdown joins like Markdown does.
     */
    private static List<Block> joinWrappedLines(List<Block> lines, boolean markdown) {
        var result = new ArrayList<Block>();
        for (var line : lines) {
            if (!result.isEmpty() && continues(result.getLast(), line, markdown)) {
                var previous = result.removeLast();
                result.add(new Block(previous.text() + " " + line.text(), previous.bullet(), previous.heading()));
            } else {
                result.add(line);
            }
        }
        return result;
    }

    private static boolean continues(Block previous, Block next, boolean markdown) {
        if (previous.isBlank() || next.isBlank() || previous.heading() || next.heading() || next.bullet()
                || previous.isRow() || next.isRow() || STARTS_BLOCK.matcher(next.text()).find()
                || PERSON_ENTRY.matcher(next.text()).find()
                || (LIST_ENTRY.matcher(next.text()).find() && LIST_ENTRY.matcher(previous.text()).find())) {
            return false;
        }
        if (NUMBERED_HEADING.matcher(previous.text()).find() && !Character.isLowerCase(next.text().charAt(0))) {
            return false;
        }
        if (markdown) {
            return true;
        }
        return !SENTENCE_END.matcher(previous.text()).find()
                && (previous.text().length() >= WRAPPED_LINE || Character.isLowerCase(next.text().charAt(0)));
    }

    /** Markdown emphasis, links and escapes, which are not part of the words. */
    static String unmark(String line) {
        return line.replaceAll("\\[([^\\]]+)]\\([^)]*\\)", "$1")
                .replace("**", "")
                .replace("__", "")
                .replaceAll("(?<![\\w*])\\*(\\S[^*]*?\\S|\\S)\\*(?![\\w*])", "$1")
                .replaceAll("(?<![\\w_])_(\\S[^_]*?\\S|\\S)_(?![\\w_])", "$1")
                .replace("`", "")
                .replaceAll("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|])", "$1")
                .strip();
    }

    /** Scanned tables leave stray marks ("·", ",", "F =") in empty cells; a cell needs a number or two letters. */
    static boolean hasWords(String cell) {
        return cell.codePoints().anyMatch(Character::isDigit) || cell.codePoints().filter(Character::isLetter).count() >= 2;
    }
}
