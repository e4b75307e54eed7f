package org.safeguardinghub;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole Hub against a real (embedded, throwaway) PostgreSQL with the demo partnerships loaded.
 * Test classes with this annotation share one application context and one database, so each test
 * makes its own records with unique names rather than relying on an empty database. Email goes by
 * SMTP to one GreenMail server shared by the whole run ({@link TestSmtp}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "hub.embedded-postgres.data-directory=temporary",
        "hub.demo.enabled=true",
        "logging.structured.format.console=",
        "hub.security.lockout=15m",
        // The suite signs in hundreds of times from 127.0.0.1; SignInLimitsIntegrationTests runs with tight limits.
        "hub.security.rate-limits.sign-in.per-client=100000",
        "hub.security.rate-limits.sign-in.per-account=1000",
        "hub.security.rate-limits.password-reset.per-client=100000",
        "hub.security.rate-limits.public-forms.per-client=100000"})
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestSmtp.class)
public @interface HubIntegrationTest {
}
