package org.safeguardinghub.learning;

import org.safeguardinghub.rules.Refused;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.safeguardinghub.notifications.Mailer;
import org.safeguardinghub.partnership.Partnership;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Email alerts when the partnership publishes a briefing or a document, for anyone who asks:
 * confirmed by an emailed link before anything is sent, with a link to unsubscribe in every email.
 * Only the address is kept, and it is deleted on unsubscribing; an unconfirmed address is deleted
 * after {@link #CONFIRM_WITHIN}. Written with SQL so the address never enters the audit trail.
 */
@Service
@NamedInterface("api")
public class Subscriptions {

    static final Duration CONFIRM_WITHIN = Duration.ofDays(7);
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final JdbcTemplate jdbc;
    private final Mailer mailer;
    private final Clock clock;
    private final String baseUrl;
    private final Duration emailInterval;

    Subscriptions(JdbcTemplate jdbc, Mailer mailer, Clock clock, @Value("${hub.base-url}") String baseUrl,
            @Value("${hub.security.rate-limits.subscription-email-interval:10m}") Duration emailInterval) {
        this.jdbc = jdbc;
        this.emailInterval = emailInterval;
        this.mailer = mailer;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public static boolean isEmailAddress(String email) {
        return email != null && email.strip().length() <= 254 && EMAIL.matcher(email.strip()).matches();
    }

    /**
     * Asks the address to confirm (or, if it is already subscribed, tells it so with a link to
     * leave). The page says the same either way, so it does not reveal who is subscribed. An
     * address is sent at most one email per {@code emailInterval}, however often the form is posted.
     */
    @Transactional
    public void subscribe(Partnership partnership, String email) {
        if (!isEmailAddress(email)) {
            throw new Refused("email", "Enter an email address in the correct format, like name@example.com");
        }
        var address = email.strip();
        var now = clock.instant();
        jdbc.update("delete from learning_subscriber where confirmed_at is null and created_at < ?",
                Timestamp.from(now.minus(CONFIRM_WITHIN)));
        jdbc.update("""
                insert into learning_subscriber (partnership_id, email, created_at) values (?, ?, ?)
                on conflict (partnership_id, lower(email)) do nothing
                """, partnership.getId(), address, Timestamp.from(now));
        // The row lock makes requests for one address wait for each other, so only one can email it.
        var subscriber = jdbc.queryForObject(
                "select id, confirmed_at is not null from learning_subscriber where partnership_id = ? and lower(email) = lower(?) for update",
                (rs, i) -> new long[] {rs.getLong(1), rs.getBoolean(2) ? 1 : 0}, partnership.getId(), address);
        long id = subscriber[0];
        if (Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from learning_subscription_token where subscriber_id = ? and created_at > ?)",
                Boolean.class, id, Timestamp.from(now.minus(emailInterval))))) {
            // Emailed a moment ago: the form answers the same, but the address is not sent another.
            return;
        }
        if (subscriber[1] == 1) {
            mailer.send(address, "You are already subscribed to " + partnership.getName(), """
                    Someone asked to subscribe this address to emails from %s when it publishes a learning briefing or document.

                    You are already subscribed, so nothing has changed.

                    To unsubscribe: %s
                    """.formatted(partnership.getName(), leaveLink(id)));
            return;
        }
        var token = token(id, "CONFIRM");
        mailer.send(address, "Confirm your subscription to " + partnership.getName(), """
                Someone asked to email this address when %s publishes a learning briefing or document.

                To confirm, open this link within %d days:
                %s/subscriptions/confirm/%s

                If you did not ask for this, ignore this email: nothing will be sent and the address will be deleted.
                """.formatted(partnership.getName(), CONFIRM_WITHIN.toDays(), baseUrl, token));
    }

    private String token(long subscriberId, String purpose) {
        var token = Tokens.newToken();
        jdbc.update("insert into learning_subscription_token (token_hash, subscriber_id, purpose, created_at) values (?, ?, ?, ?)",
                Tokens.hash(token), subscriberId, purpose, Timestamp.from(clock.instant()));
        return token;
    }

    private String leaveLink(long subscriberId) {
        return baseUrl + "/subscriptions/leave/" + token(subscriberId, "LEAVE");
    }

    private Optional<Long> subscriberFor(String token, String purpose) {
        var since = purpose.equals("CONFIRM") ? Timestamp.from(clock.instant().minus(CONFIRM_WITHIN)) : new Timestamp(0);
        return jdbc.query("select subscriber_id from learning_subscription_token where token_hash = ? and purpose = ? and created_at >= ?",
                (rs, i) -> rs.getLong(1), Tokens.hash(token), purpose, since).stream().findFirst();
    }

    /** Whether a confirmation link is still good. */
    public boolean isConfirmable(String token) {
        return subscriberFor(token, "CONFIRM").isPresent();
    }

    @Transactional
    public boolean confirm(String token) {
        var subscriber = subscriberFor(token, "CONFIRM");
        subscriber.ifPresent(id -> {
            jdbc.update("update learning_subscriber set confirmed_at = coalesce(confirmed_at, ?) where id = ?",
                    Timestamp.from(clock.instant()), id);
            jdbc.update("delete from learning_subscription_token where subscriber_id = ? and purpose = 'CONFIRM'", id);
        });
        return subscriber.isPresent();
    }

    public boolean isLeavable(String token) {
        return subscriberFor(token, "LEAVE").isPresent();
    }

    /** Unsubscribes: the address and its links are deleted. */
    @Transactional
    public boolean leave(String token) {
        var subscriber = subscriberFor(token, "LEAVE");
        subscriber.ifPresent(id -> jdbc.update("delete from learning_subscriber where id = ?", id));
        return subscriber.isPresent();
    }

    /** How many confirmed subscribers the partnership has, for the business unit. */
    public int count(long partnershipId) {
        return jdbc.queryForObject("select count(*) from learning_subscriber where partnership_id = ? and confirmed_at is not null",
                Integer.class, partnershipId);
    }

    /**
     * Emails every confirmed subscriber that something has been published (a learning briefing, or
     * a document another module publishes), with a link to it and a link to unsubscribe.
     */
    @Transactional
    public void announce(Partnership partnership, String kind, String title, String url) {
        var subscribers = jdbc.query("select id, email from learning_subscriber where partnership_id = ? and confirmed_at is not null order by id",
                (rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)}, partnership.getId());
        for (var s : subscribers) {
            mailer.send((String) s[1], "New " + kind + " from " + partnership.getName() + ": " + title, """
                    %s has published a new %s: %s

                    Read it here: %s

                    You get this email because you subscribed. To unsubscribe: %s
                    """.formatted(partnership.getName(), kind, title, url, leaveLink((Long) s[0])));
        }
    }
}
