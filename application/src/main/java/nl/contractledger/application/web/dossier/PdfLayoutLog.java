package nl.contractledger.application.web.dossier;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.logging.Level;

/**
 * The PDF layout's log through the application's own, instead of the console: what it could not lay out as
 * asked is a warning; its progress ("parse stylesheets", "loading font") is debug, under
 * {@code com.openhtmltopdf.*}.
 */
final class PdfLayoutLog implements XRLogger {

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable failure) {
        Logger logger = LoggerFactory.getLogger(where);
        if (warns(level)) {
            logger.warn(message, failure);
        } else {
            logger.debug(message, failure);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // the levels are the application's logging configuration
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return warns(diagnostic.getLevel()) || LoggerFactory.getLogger("com.openhtmltopdf").isDebugEnabled();
    }

    private static boolean warns(Level level) {
        return level.intValue() >= Level.WARNING.intValue();
    }
}
