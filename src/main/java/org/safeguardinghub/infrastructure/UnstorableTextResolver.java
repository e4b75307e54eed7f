package org.safeguardinghub.infrastructure;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Text PostgreSQL cannot hold (a NUL byte typed or pasted into an address or a form) is the
 * sender's mistake: it answers 400 with the Hub's error page, not 500. Places that take free text
 * for a query clean it first (search); this catches the rest. Any other database error is left to
 * the usual handling.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnstorableTextResolver implements HandlerExceptionResolver {

    /** character_not_in_repertoire (NUL, invalid UTF-8) and untranslatable_character. */
    private static final Set<String> UNSTORABLE_TEXT = Set.of("22021", "22P05");

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNSTORABLE_TEXT.contains(sql.getSQLState())) {
                try {
                    response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                } catch (IOException e) {
                    return null;
                }
                return new ModelAndView();
            }
        }
        return null;
    }
}
