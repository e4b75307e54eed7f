package org.safeguardinghub.risks;

import java.time.LocalDate;
import java.util.List;
import org.safeguardinghub.exports.Spreadsheet;

/** The risk register as an Excel workbook: one row per risk, each rating as likelihood, impact and score in numbers. */
final class RiskRegisterWorkbook {

    private static final List<String> HEADERS = List.of("Reference", "Register", "Risk", "Cause", "Consequence",
            "Priority", "Owner", "Controls", "Inherent likelihood", "Inherent impact", "Inherent score",
            "Current likelihood", "Current impact", "Current score", "Target likelihood", "Target impact", "Target score",
            "Appetite", "Above appetite", "Review date", "Review overdue", "Escalation");

    private RiskRegisterWorkbook() {
    }

    static byte[] of(List<RiskRow> rows, LocalDate today) {
        return new Spreadsheet().sheet("Risk register", HEADERS, rows.stream().map(r -> row(r, today)).toList()).toBytes();
    }

    private static List<Object> row(RiskRow r, LocalDate today) {
        var risk = r.risk();
        return List.of(risk.getReference(), r.groupName(), risk.getTitle(), nz(risk.getCause()), nz(risk.getConsequence()),
                nz(r.priorityName()), r.ownerName(), nz(risk.getControls()),
                risk.getInherent().likelihood(), risk.getInherent().impact(), risk.getInherent().score(),
                risk.getCurrent().likelihood(), risk.getCurrent().impact(), risk.getCurrent().score(),
                risk.getTarget().likelihood(), risk.getTarget().impact(), risk.getTarget().score(),
                risk.getAppetite().label(), risk.isAboveAppetite() ? "Yes" : "No", risk.getReviewOn().toString(),
                risk.isReviewOverdue(today) ? "Yes" : "No", r.escalatedToName() == null ? "" : "Escalated to " + r.escalatedToName());
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
