package org.safeguardinghub.notifications;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file kept with its message so a retry sends it again. */
@Entity
@Table(name = "outbox_attachment")
class OutboxAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long messageId;
    private int position;
    private String filename;
    private String contentType;
    private byte[] content;

    protected OutboxAttachment() {
    }

    OutboxAttachment(long messageId, int position, MailAttachment attachment) {
        this.messageId = messageId;
        this.position = position;
        this.filename = attachment.filename();
        this.contentType = attachment.contentType();
        this.content = attachment.content().clone();
    }

    MailAttachment toAttachment() {
        return new MailAttachment(filename, contentType, content);
    }

    public String getFilename() {
        return filename;
    }

    public String getContentType() {
        return contentType;
    }

    public int getSize() {
        return content.length;
    }
}
