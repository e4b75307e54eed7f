package org.safeguardinghub.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.accounts.AuthenticatorCodes;
import org.safeguardinghub.demo.DemoData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/** When the database goes away the Hub shows its own error page, never a stack trace. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "hub.embedded-postgres.data-directory=temporary",
        "hub.demo.enabled=true",
        "logging.structured.format.console="})
@DirtiesContext
class DatabaseOutageTests {

    @Autowired
    EmbeddedPostgres database;
    @Value("${local.server.port}")
    int port;

    @Test
    void aDatabaseOutageGivesAnErrorPageNotAStackTrace() throws Exception {
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        var signIn = client.send(get("/sign-in"), HttpResponse.BodyHandlers.ofString()).body();
        var matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(signIn);
        assertThat(matcher.find()).isTrue();
        var form = "username=business.unit&password=" + URLEncoder.encode(DemoData.PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
        var askedForCode = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(askedForCode.uri().getPath()).isEqualTo("/two-factor");
        var codeCsrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(askedForCode.body());
        assertThat(codeCsrf.find()).isTrue();
        var code = AuthenticatorCodes.codeFor(DemoData.DEMO_TOTP_SECRET, AuthenticatorCodes.step(Instant.now()));
        var home = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/two-factor"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("code=" + code + "&_csrf="
                        + URLEncoder.encode(codeCsrf.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.uri().getPath()).isEqualTo("/p/shropshire");

        database.close();

        var outage = client.send(get("/p/shropshire/structure"), HttpResponse.BodyHandlers.ofString());
        assertThat(outage.statusCode()).isEqualTo(500);
        assertThat(outage.body()).contains("Sorry, there is a problem with the service")
                .doesNotContain("Exception", "at org.", "org.postgresql", "SQL");
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html").build();
    }
}
