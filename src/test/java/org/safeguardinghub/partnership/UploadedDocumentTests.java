package org.safeguardinghub.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
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
}
