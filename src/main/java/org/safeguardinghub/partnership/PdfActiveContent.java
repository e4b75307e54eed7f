package org.safeguardinghub.partnership;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;

/**
 * What in a PDF can act on the reader's computer when it is opened: JavaScript, launch actions and
 * attached files. Partners open papers in desktop readers, where these run with the reader's rights;
 * the Hub serves files as attachments, which does not help once they are saved and opened.
 */
final class PdfActiveContent {

    enum Hazard {
        JAVASCRIPT("The PDF contains JavaScript, which can run when it is opened. Save it again without scripts "
                + "(for example, print it to PDF) and upload that"),
        LAUNCH("The PDF contains an action that opens other files or programs on the reader's computer. Save it "
                + "again without it (for example, print it to PDF) and upload that"),
        FORM_SCRIPTS("The PDF contains an XML form (XFA), which can run scripts when it is opened. Save it again "
                + "as an ordinary PDF (for example, print it to PDF) and upload that"),
        EMBEDDED_FILE("The PDF has other files attached inside it, which can be opened from the PDF. Save it again "
                + "without the attachments (for example, print it to PDF) and upload that");

        final String message;

        Hazard(String message) {
            this.message = message;
        }
    }

    private static final COSName JS = COSName.getPDFName("JS");
    private static final COSName JAVASCRIPT = COSName.getPDFName("JavaScript");
    private static final COSName LAUNCH = COSName.getPDFName("Launch");
    private static final COSName EMBEDDED_FILE = COSName.getPDFName("EmbeddedFile");
    private static final COSName EMBEDDED_FILES = COSName.getPDFName("EmbeddedFiles");
    private static final COSName FILE_ATTACHMENT = COSName.getPDFName("FileAttachment");
    private static final COSName RICH_MEDIA = COSName.getPDFName("RichMedia");
    private static final COSName XFA = COSName.getPDFName("XFA");

    private PdfActiveContent() {
    }

    /** The first hazard found, most dangerous first. */
    static Optional<Hazard> in(PDDocument pdf) throws IOException {
        var found = EnumSet.noneOf(Hazard.class);
        throughTheObjectModel(pdf, found);
        // Second line: anything reachable from the trailer, so an action hung somewhere the walk above
        // does not look (bookmarks, structure elements, a name tree we do not model) is still seen.
        throughEveryObject(pdf.getDocument().getTrailer(), found);
        return found.stream().findFirst();
    }

    private static void throughTheObjectModel(PDDocument pdf, Set<Hazard> found) throws IOException {
        var catalog = pdf.getDocumentCatalog();
        var names = catalog.getNames();
        if (names != null) {
            if (names.getJavaScript() != null) {
                found.add(Hazard.JAVASCRIPT);
            }
            if (names.getEmbeddedFiles() != null) {
                found.add(Hazard.EMBEDDED_FILE);
            }
        }
        if (catalog.getOpenAction() instanceof PDAction action) {
            action(action.getCOSObject(), found);
        }
        additionalActions(catalog.getCOSObject().getCOSDictionary(COSName.AA), found);
        for (var page : pdf.getPages()) {
            additionalActions(page.getCOSObject().getCOSDictionary(COSName.AA), found);
            for (var annotation : page.getAnnotations()) {
                var dictionary = annotation.getCOSObject();
                action(dictionary.getDictionaryObject(COSName.A), found);
                additionalActions(dictionary.getCOSDictionary(COSName.AA), found);
                if (FILE_ATTACHMENT.equals(dictionary.getCOSName(COSName.SUBTYPE))
                        || RICH_MEDIA.equals(dictionary.getCOSName(COSName.SUBTYPE))) {
                    found.add(Hazard.EMBEDDED_FILE);
                }
            }
        }
        var form = catalog.getAcroForm(null);
        if (form != null) {
            if (form.hasXFA()) {
                found.add(Hazard.FORM_SCRIPTS);
            }
            for (var field : form.getFieldTree()) {
                action(field.getCOSObject().getDictionaryObject(COSName.A), found);
                additionalActions(field.getCOSObject().getCOSDictionary(COSName.AA), found);
            }
        }
    }

    private static void additionalActions(COSDictionary triggers, Set<Hazard> found) {
        if (triggers != null) {
            for (var trigger : triggers.getValues()) {
                action(trigger, found);
            }
        }
    }

    /** An action and the chain of actions after it (/Next). */
    private static void action(COSBase base, Set<Hazard> found) {
        if (base == null) {
            return;
        }
        var pending = new ArrayDeque<COSBase>();
        var seen = Collections.newSetFromMap(new IdentityHashMap<COSBase, Boolean>());
        pending.add(base);
        while (!pending.isEmpty()) {
            var next = dereference(pending.pop());
            if (!(next instanceof COSDictionary dictionary) || !seen.add(dictionary)) {
                if (next instanceof COSArray array) {
                    array.forEach(pending::add);
                }
                continue;
            }
            dictionaryHazards(dictionary, found);
            var following = dictionary.getDictionaryObject(COSName.NEXT);
            if (following != null) {
                pending.add(following);
            }
        }
    }

    private static void throughEveryObject(COSDictionary trailer, Set<Hazard> found) {
        var pending = new ArrayDeque<COSBase>();
        var seen = Collections.newSetFromMap(new IdentityHashMap<COSBase, Boolean>());
        pending.add(trailer);
        while (!pending.isEmpty()) {
            var next = dereference(pending.pop());
            if (next == null || !seen.add(next)) {
                continue;
            }
            if (next instanceof COSDictionary dictionary) {
                dictionaryHazards(dictionary, found);
                pending.addAll(dictionary.getValues());
            } else if (next instanceof COSArray array) {
                array.forEach(pending::add);
            }
        }
    }

    private static void dictionaryHazards(COSDictionary dictionary, Set<Hazard> found) {
        var kind = dictionary.getCOSName(COSName.S);
        if (JAVASCRIPT.equals(kind) || dictionary.containsKey(JS)) {
            found.add(Hazard.JAVASCRIPT);
        }
        if (LAUNCH.equals(kind)) {
            found.add(Hazard.LAUNCH);
        }
        if (dictionary.containsKey(XFA)) {
            found.add(Hazard.FORM_SCRIPTS);
        }
        var type = dictionary.getCOSName(COSName.TYPE);
        var subtype = dictionary.getCOSName(COSName.SUBTYPE);
        if (EMBEDDED_FILE.equals(type) || dictionary.containsKey(COSName.EF) || dictionary.containsKey(EMBEDDED_FILES)
                || FILE_ATTACHMENT.equals(subtype) || RICH_MEDIA.equals(subtype)) {
            found.add(Hazard.EMBEDDED_FILE);
        }
    }

    private static COSBase dereference(COSBase base) {
        return base instanceof COSObject reference ? reference.getObject() : base;
    }

}
