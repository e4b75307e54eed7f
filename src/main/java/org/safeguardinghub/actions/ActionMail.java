package org.safeguardinghub.actions;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.safeguardinghub.access.Visibility;
import org.safeguardinghub.accounts.Accounts;
import org.safeguardinghub.notifications.Mailer;
import org.safeguardinghub.partnership.Group;
import org.safeguardinghub.partnership.Partnership;
import org.safeguardinghub.partnership.PartnershipStructure;
import org.safeguardinghub.partnership.Partnerships;
import org.safeguardinghub.partnership.People;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The emails that ask owners to respond, remind them of due dates and list their actions each week.
 * They carry only the action's words, its group, its dates and a link: never anything about a
 * child beyond what the action itself says, and for a confidential action or an action of a
 * confidential group not even that, only that there is something to read and the link.
 */
@Component
class ActionMail {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final String FOOTER = "\n\nThis email was sent by the Safeguarding Partnership Hub. Please do not reply to it.\n";

    private final Mailer mailer;
    private final People people;
    private final Accounts accounts;
    private final Partnerships partnerships;
    private final PartnershipStructure structure;
    private final String baseUrl;

    ActionMail(Mailer mailer, People people, Accounts accounts, Partnerships partnerships,
            PartnershipStructure structure, @Value("${hub.base-url}") String baseUrl) {
        this.mailer = mailer;
        this.people = people;
        this.accounts = accounts;
        this.partnerships = partnerships;
        this.structure = structure;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Who an action is sent to in one partnership, looked up once for many actions. */
    AddressBook addressBook(long partnershipId) {
        var personal = new HashMap<Long, String>();
        people.allIn(partnershipId).stream().filter(p -> p.getEmail() != null && !p.getEmail().isBlank())
                .forEach(p -> personal.put(p.getId(), p.getEmail().trim().toLowerCase(Locale.ROOT)));
        var byOrganisation = new HashMap<Long, List<String>>();
        accounts.agencyRepresentatives(partnershipId).forEach(rep -> byOrganisation
                .computeIfAbsent(rep.organisationId(), o -> new ArrayList<>()).add(rep.email().trim().toLowerCase(Locale.ROOT)));
        var slug = partnerships.withIds(List.of(partnershipId)).stream().map(Partnership::getSlug).findFirst().orElseThrow();
        var confidential = new HashSet<Long>();
        structure.groups(partnershipId).stream().filter(Group::isConfidential).map(Group::getId).forEach(confidential::add);
        return new AddressBook(slug, personal, byOrganisation, confidential);
    }

    record AddressBook(String slug, Map<Long, String> personal, Map<Long, List<String>> byOrganisation,
            Set<Long> confidentialGroups) {

        /** Named people by their own address; organisations (every one, for all partners) by their agency representatives. */
        Set<String> addressesFor(TrackedAction tracked) {
            var addresses = new LinkedHashSet<String>();
            tracked.ownerPersonIds().stream().map(personal::get).filter(a -> a != null).forEach(addresses::add);
            if (tracked.action().isAllPartners()) {
                byOrganisation.values().forEach(addresses::addAll);
            } else {
                tracked.ownerOrganisationIds().forEach(o -> addresses.addAll(byOrganisation.getOrDefault(o, List.of())));
            }
            return addresses;
        }

        /** Whether the action may be described in an email ({@link Visibility#openToWholePartnership}). */
        boolean isConfidential(Action action) {
            return !Visibility.openToWholePartnership(
                    action.getGroupId() != null && confidentialGroups.contains(action.getGroupId()), action.isConfidential());
        }
    }

    /** Asks every owner to respond, when the action is raised or chased. Returns how many emails were written. */
    int askToRespond(TrackedAction tracked, boolean chased) {
        var book = addressBook(tracked.action().partnershipId());
        var action = tracked.action();
        var subject = "Action " + action.getId() + ": please respond by " + action.getRespondBy().format(DATE);
        var opening = chased
                ? "You are asked again to respond to this action on the partnership's tracker. It is for you or your organisation."
                : "A new action on the partnership's tracker is for you or your organisation.";
        var body = opening + "\n\n" + describe(book, tracked)
                + "\nPlease add an update by " + action.getRespondBy().format(DATE) + ": say what has been done, or what will be done and when."
                + "\n\n" + link(book, action) + FOOTER;
        return send(book.addressesFor(tracked), subject, body);
    }

    /** A reminder about the due date. Returns how many emails were written. */
    int remind(AddressBook book, TrackedAction tracked, Reminder reminder, LocalDate today) {
        var action = tracked.action();
        var due = action.getDueOn().format(DATE);
        var subject = switch (reminder) {
            case BEFORE_DUE -> "Action " + action.getId() + " is due on " + due;
            case DUE -> "Action " + action.getId() + " is due today";
            case OVERDUE -> "Action " + action.getId() + " is overdue";
        };
        var opening = switch (reminder) {
            case BEFORE_DUE -> "This action for you or your organisation is due in "
                    + java.time.temporal.ChronoUnit.DAYS.between(today, action.getDueOn()) + " days.";
            case DUE -> "This action for you or your organisation is due today.";
            case OVERDUE -> "This action for you or your organisation was due on " + due + " and is not yet done.";
        };
        var body = opening + "\n\n" + describe(book, tracked)
                + "\nIf it is done, or will be late, add an update to say so.\n\n" + link(book, action) + FOOTER;
        return send(book.addressesFor(tracked), subject, body);
    }

    /** One person's weekly list, overdue actions first. */
    void digest(String address, List<DigestLine> lines, LocalDate today) {
        var overdue = lines.stream().filter(l -> l.tracked().action().isOverdue(today)).toList();
        var rest = lines.stream().filter(l -> !l.tracked().action().isOverdue(today)).toList();
        var body = new StringBuilder("These actions on the tracker are waiting for you or your organisation.\n");
        if (!overdue.isEmpty()) {
            body.append("\nOverdue\n");
            overdue.forEach(l -> body.append(digestLine(l)));
        }
        if (!rest.isEmpty()) {
            body.append("\nOutstanding\n");
            rest.forEach(l -> body.append(digestLine(l)));
        }
        body.append("\nAdd an update to each action to say where it has got to.").append(FOOTER);
        var subject = "Your outstanding actions: " + lines.size()
                + (overdue.isEmpty() ? "" : " (" + overdue.size() + " overdue)");
        mailer.send(address, subject, body.toString());
    }

    record DigestLine(AddressBook book, TrackedAction tracked) {
    }

    private String digestLine(DigestLine line) {
        var action = line.tracked().action();
        var text = line.book().isConfidential(action) ? "A confidential action"
                : abbreviate(action.getDescription(), 150);
        return "\n- Action " + action.getId() + ", "
                + (action.getDueOn() == null ? "no due date" : "due " + action.getDueOn().format(DATE)) + ": " + text
                + "\n  " + url(line.book(), action) + "\n";
    }

    private String describe(AddressBook book, TrackedAction tracked) {
        var action = tracked.action();
        var text = new StringBuilder();
        if (book.isConfidential(action)) {
            text.append("Action ").append(action.getId())
                    .append(" is confidential. Sign in to the Hub to read it.\n");
        } else {
            text.append("Action ").append(action.getId()).append(":\n").append(action.getDescription()).append("\n");
            if (tracked.groupName() != null) {
                text.append("\nGroup: ").append(tracked.groupName());
            }
        }
        text.append("\nDue: ").append(action.getDueOn() == null ? "no date set" : action.getDueOn().format(DATE)).append("\n");
        return text.toString();
    }

    private String link(AddressBook book, Action action) {
        return "Read the action and add an update:\n" + url(book, action);
    }

    private String url(AddressBook book, Action action) {
        return baseUrl + "/p/" + book.slug() + "/actions/" + action.getId();
    }

    private int send(Set<String> addresses, String subject, String body) {
        addresses.forEach(address -> mailer.send(address, subject, body));
        return addresses.size();
    }

    private static String abbreviate(String text, int length) {
        var flat = text.replaceAll("\\s+", " ").trim();
        return flat.length() <= length ? flat : flat.substring(0, length - 3) + "...";
    }
}
