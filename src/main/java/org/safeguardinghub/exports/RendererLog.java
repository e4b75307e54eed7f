package org.safeguardinghub.exports;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.LoggerFactory;

/**
 * Sends openhtmltopdf's messages to the Hub's log rather than straight to the console: its warnings
 * (a missing font, a page that would not be PDF/UA) as warnings, its timings and progress as debug.
 */
final class RendererLog implements XRLogger {

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        var logger = LoggerFactory.getLogger(where);
        if (level.intValue() >= Level.SEVERE.intValue()) {
            logger.error(message, error);
        } else if (level.intValue() >= Level.WARNING.intValue()) {
            logger.warn(message, error);
        } else {
            logger.debug(message, error);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // Levels are the Hub's logging configuration's to set (logging.level.com.openhtmltopdf).
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        var logger = LoggerFactory.getLogger("com.openhtmltopdf");
        return diagnostic.getLevel().intValue() >= Level.WARNING.intValue() ? logger.isWarnEnabled() : logger.isDebugEnabled();
    }
}
