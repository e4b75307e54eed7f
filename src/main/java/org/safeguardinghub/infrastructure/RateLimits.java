package org.safeguardinghub.infrastructure;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits how often one client address, and one account name or email address, may post the
 * sign-in form, ask for a password reset link, or post any other public form, so that guessing
 * passwords across many accounts, or flooding someone with email, is slow. Over a limit the answer
 * is 429 and a page saying how long to wait ({@code error/429.html}).
 *
 * <p>The counts are kept in this instance's memory (Bucket4j): with several instances each keeps
 * its own, and a restart forgets them. Runs before Spring Security, so a refused attempt is never
 * checked against a password. The client address is {@code request.getRemoteAddr()}, which is the
 * forwarded address when {@code HUB_FORWARD_HEADERS=native}.
 */
class RateLimits extends OncePerRequestFilter {

    /** Past this many remembered keys, keys whose allowance is full again are forgotten. */
    private static final int MOST_KEYS = 100_000;
    private static final int LONGEST_KEY = 320;

    private final RateLimitSettings settings;
    private final Map<String, Allowance> allowances = new ConcurrentHashMap<>();
    private final RequestMatcher signIn = post("/sign-in");
    private final RequestMatcher passwordReset = post("/password-reset");
    private final List<RequestMatcher> publicForms = AccessRules.ROUTES.stream()
            .filter(route -> route.method() == HttpMethod.POST && route.rule() == AccessRules.Rule.PUBLIC)
            .map(route -> post(route.pattern())).toList();

    private record Allowance(Bucket bucket, long capacity) {
    }

    RateLimits(RateLimitSettings settings) {
        this.settings = settings;
    }

    private static RequestMatcher post(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, pattern);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long waitNanos = 0;
        if ("POST".equals(request.getMethod())) {
            if (signIn.matches(request)) {
                waitNanos = take("sign-in", settings.signIn(), request, request.getParameter("username"));
            } else if (passwordReset.matches(request)) {
                waitNanos = take("password-reset", settings.passwordReset(), request, request.getParameter("email"));
            } else if (publicForms.stream().anyMatch(form -> form.matches(request))) {
                waitNanos = take("public-forms", settings.publicForms(), request, null);
            }
        }
        if (waitNanos > 0) {
            long minutes = Math.max(1, (waitNanos + TimeUnit.MINUTES.toNanos(1) - 1) / TimeUnit.MINUTES.toNanos(1));
            response.setHeader("Retry-After", String.valueOf(Math.max(1, TimeUnit.NANOSECONDS.toSeconds(waitNanos))));
            request.setAttribute("retryMinutes", minutes);
            response.sendError(429);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Takes one request from the client's allowance and the account's; 0, or how long to wait. */
    private long take(String form, RateLimitSettings.Limit limit, HttpServletRequest request, String account) {
        long wait = take(form + " client " + request.getRemoteAddr(), limit.perClient(), limit.period());
        if (wait == 0 && account != null && limit.perAccount() > 0) {
            wait = take(form + " account " + account.strip().toLowerCase(Locale.ROOT), limit.perAccount(), limit.period());
        }
        return wait;
    }

    private long take(String key, int capacity, Duration period) {
        if (allowances.size() > MOST_KEYS) {
            allowances.values().removeIf(a -> a.bucket().getAvailableTokens() >= a.capacity());
        }
        var shortKey = key.length() > LONGEST_KEY ? key.substring(0, LONGEST_KEY) : key;
        var allowance = allowances.computeIfAbsent(shortKey, k -> new Allowance(Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build()).build(), capacity));
        var probe = allowance.bucket().tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : Math.max(1, probe.getNanosToWaitForRefill());
    }
}
