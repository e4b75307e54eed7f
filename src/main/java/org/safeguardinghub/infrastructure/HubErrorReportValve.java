package org.safeguardinghub.infrastructure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat's last word when nothing in the Hub answered an error (a request rejected before it reached
 * Spring): a plain-English page in the Hub's style, with the security headers, instead of Tomcat's
 * "HTTP Status 400" report naming the server. Public with a public constructor because Tomcat makes
 * it by class name ({@code StandardHost.setErrorReportValveClass}).
 */
public class HubErrorReportValve extends ErrorReportValve {

    public HubErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        var status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        var ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        SecurityHeaders.addMissing(response);
        var serverError = status >= 500;
        var title = serverError ? "Sorry, there is a problem with the service" : "There is a problem with your request";
        var advice = serverError ? "Try again later." : "Check the address or what you entered and try again.";
        try {
            response.setContentType("text/html");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            var writer = response.getReporter();
            if (writer != null) {
                writer.write("""
                        <!DOCTYPE html>
                        <html lang="en" class="govuk-template"><head><meta charset="utf-8"><title>%s - Safeguarding Partnership Hub</title>
                        <meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/assets/hub.css"></head>
                        <body class="govuk-template__body"><div class="govuk-width-container"><main class="govuk-main-wrapper" id="main-content">
                        <h1 class="govuk-heading-l">%s</h1><p class="govuk-body">%s</p>
                        <p class="govuk-body"><a class="govuk-link" href="/">Go to the Safeguarding Partnership Hub</a></p>
                        </main></div></body></html>
                        """.formatted(title, title, advice));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client has gone or the response was already under way: nothing more can be said.
        }
    }
}
