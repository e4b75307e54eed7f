package org.safeguardinghub.infrastructure;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * Puts the security headers on every response Tomcat's engine handles, before anything can commit
 * it: requests Spring never sees (a path no servlet maps, a method Tomcat refuses) and Tomcat's own
 * error pages as well as the Hub's pages, where Spring Security finds them already set.
 */
class SecurityHeadersValve extends ValveBase {

    SecurityHeadersValve() {
        super(true);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        SecurityHeaders.addMissing(response);
        try {
            getNext().invoke(request, response);
        } finally {
            // response.reset() (after an exception, or by a library) throws away headers already set.
            if (!response.isCommitted()) {
                SecurityHeaders.addMissing(response);
            }
        }
    }
}
