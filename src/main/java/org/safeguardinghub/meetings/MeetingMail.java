package org.safeguardinghub.meetings;

import org.safeguardinghub.rules.Refused;
import java.time.Clock;
import java.time.LocalDate;
import org.safeguardinghub.notifications.Mailer;
import org.safeguardinghub.partnership.Group;
import org.safeguardinghub.partnership.Partnership;
import org.safeguardinghub.partnership.PartnershipStructure;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the Hub emails about a meeting: invitations (with the meeting as a calendar event) to each
 * current member and their deputy, and notice that the draft minutes are ready to check. The
 * emails name the group, the time and the place and link to the Hub; they never carry the agenda
 * or the minutes.
 */
@Service
class MeetingMail {

    private final MeetingRepository meetings;
    private final PartnershipStructure structure;
    private final Mailer mailer;
    private final Clock clock;
    private final String baseUrl;
    private final String from;

    MeetingMail(MeetingRepository meetings, PartnershipStructure structure, Mailer mailer, Clock clock,
            @Value("${hub.base-url}") String baseUrl, @Value("${hub.mail.from}") String from) {
        this.meetings = meetings;
        this.structure = structure;
        this.mailer = mailer;
        this.clock = clock;
        this.baseUrl = baseUrl;
        this.from = from;
    }

    @Transactional
    int invite(Partnership partnership, Group group, Meeting meeting) {
        if (meeting.getHeldOn().isBefore(LocalDate.now(clock))) {
            throw new Refused("The meeting has already happened, so invitations cannot be sent");
        }
        var page = baseUrl + "/p/" + partnership.getSlug() + "/meetings/" + meeting.getId();
        var ics = MeetingCalendar.event(meeting, group.getName(), partnership.getName(), page, from, true, clock.instant());
        var when = MeetingDiary.DAY.format(meeting.getHeldOn()) + " at " + meeting.getStartsAt();
        var where = meeting.getLocation() != null ? meeting.getLocation() : "online";
        var recipients = new java.util.LinkedHashSet<String>();
        for (var member : structure.membersOf(partnership.getId(), group.getId())) {
            if (!member.membership().isCurrent(meeting.getHeldOn())) {
                continue;
            }
            if (member.person().getEmail() != null) {
                recipients.add(member.person().getEmail());
            }
            if (member.deputy() != null && member.deputy().getEmail() != null) {
                recipients.add(member.deputy().getEmail());
            }
        }
        if (recipients.isEmpty()) {
            throw new Refused("No current member of the group has an email address in the Hub");
        }
        for (var recipient : recipients) {
            mailer.send(recipient, "Invitation: " + group.getName() + ", " + when,
                    "You are invited to the " + group.getName() + " meeting on " + when + ", " + where + ".\n\n"
                            + "The agenda and papers are in the Hub: " + page + "\n"
                            + (meeting.getOnlineLink() != null ? "Join online: " + meeting.getOnlineLink() + "\n" : "")
                            + "\nIf you cannot attend, send your apologies to the business unit and tell them who will deputise.\n",
                    new org.safeguardinghub.notifications.MailAttachment("invitation.ics", "text/calendar; method=REQUEST; charset=UTF-8",
                            ics.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        meeting.invitationsSent(LocalDate.now(clock));
        meetings.save(meeting);
        return recipients.size();
    }

    /** Tells the group's current members the draft minutes are ready to check; returns how many were told. */
    int draftCirculated(Partnership partnership, Group group, Meeting meeting) {
        var when = MeetingDiary.DAY.format(meeting.getHeldOn());
        var page = baseUrl + "/p/" + partnership.getSlug() + "/meetings/" + meeting.getId() + "/minutes";
        var sent = 0;
        for (var member : structure.membersOf(partnership.getId(), group.getId())) {
            if (member.membership().isCurrent(LocalDate.now(clock)) && member.person().getEmail() != null) {
                mailer.send(member.person().getEmail(), "Draft minutes to check: " + group.getName() + ", " + when,
                        "The draft minutes of the " + group.getName() + " meeting on " + when + " are ready for you to check.\n\n"
                                + "Read them in the Hub: " + page + "\n\n"
                                + "Tell the business unit about any corrections before the next meeting, where the minutes will be approved.\n");
                sent++;
            }
        }
        return sent;
    }
}
