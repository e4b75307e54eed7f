package org.safeguardinghub.partnership;

import org.safeguardinghub.govuk.DateInput;
import org.springframework.web.multipart.MultipartFile;

/** Uploading a new version of a group's terms of reference. */
class TermsOfReferenceForm {

    private MultipartFile document;
    private DateInput agreedOn = new DateInput();

    public MultipartFile getDocument() {
        return document;
    }

    public void setDocument(MultipartFile document) {
        this.document = document;
    }

    public DateInput getAgreedOn() {
        return agreedOn;
    }

    public void setAgreedOn(DateInput agreedOn) {
        this.agreedOn = agreedOn;
    }
}
