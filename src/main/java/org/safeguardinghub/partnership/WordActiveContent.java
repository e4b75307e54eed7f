package org.safeguardinghub.partnership;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.TargetMode;

/**
 * What in a Word document can run code or reach out of the file when a partner opens it in desktop
 * software: macros, links that fetch content from elsewhere (a remote template, linked pictures or
 * data sources, field codes such as INCLUDETEXT or DDE) and embedded objects (OLE objects, ActiveX
 * controls, other documents folded in). Hyperlinks in the text are ordinary and stay allowed: they
 * fetch nothing until someone chooses to follow them.
 */
final class WordActiveContent {

    enum Hazard {
        MACROS("The Word document contains macros, which can run code when it is opened. Save it as a Word "
                + "document (.docx) without macros and upload that"),
        EMBEDDED_OBJECT("The Word document contains embedded objects (such as another file, a program object or "
                + "an ActiveX control), which can run code when they are opened. Remove them, or copy the text into "
                + "a new document, and upload that"),
        EXTERNAL_REFERENCE("The Word document loads content from another location when it is opened (such as a "
                + "template, picture or data source held elsewhere), which could be changed after it is uploaded. "
                + "Remove the link, or copy the text into a new document, and upload that");

        final String message;

        Hazard(String message) {
            this.message = message;
        }
    }

    private static final Set<String> ORDINARY_EXTERNAL_RELATIONSHIPS = Set.of(
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink",
            "http://purl.oclc.org/ooxml/officeDocument/relationships/hyperlink");

    private static final Set<String> FETCHING_FIELDS = Set.of(
            "INCLUDETEXT", "INCLUDEPICTURE", "INCLUDE", "DDE", "DDEAUTO", "LINK", "IMPORT");
    /** A simple field, or the begin/separate/end marks and instruction text of a complex one. */
    private static final Pattern FIELD_MARKUP = Pattern.compile(
            "w:instr=\"([^\"]*)\"|w:fldCharType=\"(begin|separate|end)\"|<w:instrText[^>]*>([^<]*)</w:instrText>");

    private WordActiveContent() {
    }

    /** The first hazard found, most dangerous first. */
    static Optional<Hazard> in(OPCPackage word) throws IOException {
        var found = EnumSet.noneOf(Hazard.class);
        try {
            for (var relationship : word.getRelationships()) {
                relationship(relationship, found);
            }
            for (var part : word.getParts()) {
                part(part, found);
            }
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
        return found.stream().findFirst();
    }

    private static void part(PackagePart part, Set<Hazard> found) throws InvalidFormatException, IOException {
        var contentType = part.getContentType().toLowerCase(Locale.ROOT);
        var name = part.getPartName().getName().toLowerCase(Locale.ROOT);
        if (contentType.contains("macroenabled") || contentType.contains("vbaproject")
                || contentType.contains("vbadata") || name.endsWith("/vbaproject.bin")) {
            found.add(Hazard.MACROS);
        }
        if (contentType.contains("oleobject") || contentType.contains("activex")
                || name.contains("/embeddings/") || name.contains("/activex/")) {
            found.add(Hazard.EMBEDDED_OBJECT);
        }
        if (part.isRelationshipPart()) {
            return;
        }
        for (var relationship : part.getRelationships()) {
            relationship(relationship, found);
        }
        if (contentType.endsWith("+xml") && name.startsWith("/word/")) {
            fieldCodes(part, found);
        }
    }

    private static void relationship(PackageRelationship relationship, Set<Hazard> found) {
        var type = relationship.getRelationshipType().toLowerCase(Locale.ROOT);
        if (type.endsWith("/vbaproject") || type.endsWith("/wordvbadata")) {
            found.add(Hazard.MACROS);
        }
        if (type.endsWith("/oleobject") || type.endsWith("/package") || type.endsWith("/control")
                || type.endsWith("/activexcontrolbinary") || type.endsWith("/afchunk")) {
            found.add(Hazard.EMBEDDED_OBJECT);
        }
        if (relationship.getTargetMode() == TargetMode.EXTERNAL
                && !ORDINARY_EXTERNAL_RELATIONSHIPS.contains(relationship.getRelationshipType())) {
            found.add(Hazard.EXTERNAL_REFERENCE);
        }
    }

    /**
     * Fields such as INCLUDETEXT and DDEAUTO fetch from elsewhere without any relationship to see. A
     * complex field's instruction may be split over several runs, so it is gathered up to its end.
     */
    private static void fieldCodes(PackagePart part, Set<Hazard> found) throws IOException {
        String xml;
        try (var in = part.getInputStream()) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var open = new ArrayDeque<StringBuilder>();
        var markup = FIELD_MARKUP.matcher(xml);
        while (markup.find()) {
            if (markup.group(1) != null) {
                fieldCode(markup.group(1), found);
            } else if (markup.group(3) != null) {
                if (!open.isEmpty()) {
                    open.peek().append(markup.group(3));
                }
            } else if ("begin".equals(markup.group(2))) {
                open.push(new StringBuilder());
            } else if (!open.isEmpty()) {
                fieldCode(open.peek().toString(), found);
                if ("end".equals(markup.group(2))) {
                    open.pop();
                } else {
                    open.peek().setLength(0);
                }
            }
        }
    }

    private static void fieldCode(String code, Set<Hazard> found) {
        var words = code.strip().split("\\s+", 2);
        if (FETCHING_FIELDS.contains(words[0].toUpperCase(Locale.ROOT))) {
            found.add(Hazard.EXTERNAL_REFERENCE);
        }
    }
}
