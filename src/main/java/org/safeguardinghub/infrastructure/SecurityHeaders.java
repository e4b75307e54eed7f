package org.safeguardinghub.infrastructure;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security headers every response carries, written once: Spring Security's filter chain writes
 * them on pages the Hub serves, and {@link SecurityHeadersValve} on everything else Tomcat answers
 * (its own 400s, 405s and error pages never pass through the filter chain).
 */
public final class SecurityHeaders {

    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";
    public static final ReferrerPolicy REFERRER_POLICY = ReferrerPolicy.SAME_ORIGIN;
    public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=()";
    /**
     * What Spring Security's {@code frameOptions().deny()} and its default content type options write on
     * the Hub's pages; {@code SecurityHeadersOnErrorsTests} checks both sources give each header once, alike.
     */
    public static final String FRAME_OPTIONS = "DENY";
    public static final String CONTENT_TYPE_OPTIONS = "nosniff";

    public static final Map<String, String> ALL = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", CONTENT_TYPE_OPTIONS,
            "X-Frame-Options", FRAME_OPTIONS,
            "Referrer-Policy", REFERRER_POLICY.getPolicy(),
            "Permissions-Policy", PERMISSIONS_POLICY);

    private SecurityHeaders() {
    }

    /** Leaves alone a header the response already has, as Spring Security's writers do. */
    static void addMissing(HttpServletResponse response) {
        ALL.forEach((name, value) -> {
            if (!response.containsHeader(name)) {
                response.setHeader(name, value);
            }
        });
    }
}
