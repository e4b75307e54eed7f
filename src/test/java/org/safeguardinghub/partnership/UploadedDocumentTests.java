package org.safeguardinghub.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguardinghub.infrastructure.RiskyDocuments;
import org.safeguardinghub.infrastructure.TestDocuments;

class UploadedDocumentTests {

    @Test
    void aRealPdfIsAccepted() throws Exception {
        var document = UploadedDocument.check("Terms of Reference v2.pdf", TestDocuments.pdf("Terms"));
        assertThat(document.kind()).isEqualTo(UploadedDocument.Kind.PDF);
        assertThat(document.fileName()).isEqualTo("Terms of Reference v2.pdf");
    }

    @Test
    void aRealWordDocumentIsAccepted() throws Exception {
        assertThat(UploadedDocument.check("tor.docx", TestDocuments.docx("Terms")).kind())
                .isEqualTo(UploadedDocument.Kind.DOCX);
    }

    @Test
    void aFileNamedLikeAPdfThatIsNotOneIsRejected() {
        assertThatThrownBy(() -> UploadedDocument.check("tor.pdf", "%PDF-1.7 not really".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UploadedDocument.Rejected.class)
                .hasMessage("The selected file must be a PDF or Word document");
    }

    @Test
    void aPdfRenamedAsWordIsRejected() throws Exception {
        var pdf = TestDocuments.pdf("Terms");
        assertThatThrownBy(() -> UploadedDocument.check("tor.docx", pdf)).isInstanceOf(UploadedDocument.Rejected.class);
    }

    @Test
    void otherKindsOfFileAreRejected() {
        assertThatThrownBy(() -> UploadedDocument.check("tor.txt", "text".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("The selected file must be a PDF or Word document");
    }

    @Test
    void aFileOver20MbIsRejected() {
        assertThatThrownBy(() -> UploadedDocument.check("big.pdf", new byte[20 * 1024 * 1024 + 1]))
                .hasMessage("The selected file must be smaller than 20MB");
    }

    @Test
    void noFileAsksForOne() {
        assertThatThrownBy(() -> UploadedDocument.check(null, null)).hasMessage("Select a terms of reference document");
    }

    @Test
    void pathsAreStrippedFromTheFileName() throws Exception {
        assertThat(UploadedDocument.check("C:\\Users\\me\\..\\tor<1>.pdf", TestDocuments.pdf("x")).fileName())
                .isEqualTo("tor_1_.pdf");
    }

    static Stream<Arguments> pdfsThatActWhenOpened() {
        return Stream.of(
                risky("JavaScript run when the PDF opens", RiskyDocuments::pdfWithJavaScriptOpenAction, "JavaScript"),
                risky("document-level JavaScript", RiskyDocuments::pdfWithDocumentJavaScript, "JavaScript"),
                risky("a link that runs JavaScript", RiskyDocuments::pdfWithJavaScriptLink, "JavaScript"),
                risky("a form field that runs JavaScript", RiskyDocuments::pdfWithFormFieldJavaScript, "JavaScript"),
                risky("a bookmark that runs JavaScript", RiskyDocuments::pdfWithJavaScriptBookmark, "JavaScript"),
                risky("a link that launches a program", RiskyDocuments::pdfWithLaunchAction, "opens other files or programs"),
                risky("an attached file", RiskyDocuments::pdfWithAttachedFile, "other files attached inside it"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pdfsThatActWhenOpened")
    void pdfsThatActWhenOpenedAreRefusedSayingWhy(String what, Callable<byte[]> document, String reason) throws Exception {
        var content = document.call();
        assertThatThrownBy(() -> UploadedDocument.check("paper.pdf", content))
                .isInstanceOf(UploadedDocument.Rejected.class)
                .hasMessageStartingWith("The PDF ")
                .hasMessageContaining(reason)
                .hasMessageContaining("upload that");
    }

    static Stream<Arguments> wordDocumentsThatActWhenOpened() {
        return Stream.of(
                risky("a macro project", RiskyDocuments::wordWithMacroProject, "contains macros"),
                risky("a macro-enabled document renamed .docx", RiskyDocuments::wordDeclaredMacroEnabled, "contains macros"),
                risky("a remote template", RiskyDocuments::wordWithRemoteTemplate, "loads content from another location"),
                risky("a linked picture held elsewhere", RiskyDocuments::wordWithLinkedPicture,
                        "loads content from another location"),
                risky("an INCLUDETEXT field", RiskyDocuments::wordWithIncludeTextField, "loads content from another location"),
                risky("a DDE field", RiskyDocuments::wordWithDdeField, "loads content from another location"),
                risky("an embedded OLE object", RiskyDocuments::wordWithOleObject, "contains embedded objects"),
                risky("an ActiveX control", RiskyDocuments::wordWithActiveXControl, "contains embedded objects"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wordDocumentsThatActWhenOpened")
    void wordDocumentsThatActWhenOpenedAreRefusedSayingWhy(String what, Callable<byte[]> document, String reason)
            throws Exception {
        var content = document.call();
        assertThatThrownBy(() -> UploadedDocument.check("paper.docx", content))
                .isInstanceOf(UploadedDocument.Rejected.class)
                .hasMessageStartingWith("The Word document ")
                .hasMessageContaining(reason);
    }

    @Test
    void aPdfWithAnOrdinaryWebLinkIsAccepted() throws Exception {
        assertThat(UploadedDocument.check("paper.pdf", RiskyDocuments.pdfWithWebLink()).kind())
                .isEqualTo(UploadedDocument.Kind.PDF);
    }

    @Test
    void aWordDocumentWithHyperlinksPicturesTablesAndPageNumbersIsAccepted() throws Exception {
        assertThat(UploadedDocument.check("paper.docx", RiskyDocuments.ordinaryWordDocument()).kind())
                .isEqualTo(UploadedDocument.Kind.DOCX);
    }

    private static Arguments risky(String what, Callable<byte[]> document, String reason) {
        return Arguments.of(what, document, reason);
    }
}
