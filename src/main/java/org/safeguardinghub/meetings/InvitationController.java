package org.safeguardinghub.meetings;

import org.safeguardinghub.rules.Refused;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.safeguardinghub.access.CurrentUser;
import org.safeguardinghub.partnership.Partnership;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The meeting in people's calendars: a download, and invitations emailed to the group's members. */
@Controller
class InvitationController {

    private final MeetingLookup lookup;
    private final MeetingMail mail;
    private final Clock clock;
    private final String baseUrl;
    private final String from;

    InvitationController(MeetingLookup lookup, MeetingMail mail, Clock clock, @Value("${hub.base-url}") String baseUrl,
            @Value("${hub.mail.from}") String from) {
        this.lookup = lookup;
        this.mail = mail;
        this.clock = clock;
        this.baseUrl = baseUrl;
        this.from = from;
    }

    @GetMapping("/p/{partnership}/meetings/{meeting}/calendar.ics")
    ResponseEntity<byte[]> calendar(Partnership partnership, @PathVariable("meeting") long meetingId,
            CurrentUser user) {
        var meeting = lookup.meeting(user, partnership, meetingId);
        var group = lookup.group(user, partnership, meeting.getGroupId());
        var ics = MeetingCalendar.event(meeting, group.getName(), partnership.getName(),
                baseUrl + "/p/" + partnership.getSlug() + "/meetings/" + meetingId, from, false, clock.instant());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("meeting-" + meeting.getHeldOn() + ".ics").build().toString())
                .body(ics.getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/p/{partnership}/meetings/{meeting}/invitations")
    String invite(Partnership partnership, @PathVariable("meeting") long meetingId, CurrentUser user,
            RedirectAttributes redirect) {
        var meeting = lookup.meeting(user, partnership, meetingId);
        var group = lookup.group(user, partnership, meeting.getGroupId());
        try {
            var sent = mail.invite(partnership, group, meeting);
            redirect.addFlashAttribute("success", "Invitations have been sent to " + sent
                    + (sent == 1 ? " member" : " members") + " with a calendar attachment");
        } catch (Refused refused) {
            redirect.addFlashAttribute("refusal", refused.getMessage());
        }
        return "redirect:/p/" + partnership.getSlug() + "/meetings/" + meetingId;
    }
}
