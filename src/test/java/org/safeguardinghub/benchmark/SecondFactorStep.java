package org.safeguardinghub.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.safeguardinghub.accounts.AuthenticatorCodes;
import org.safeguardinghub.demo.DemoData;

/** The second step of signing in: the synthetic accounts' code from the demo key, when the Hub asks for one. */
final class SecondFactorStep {

    private SecondFactorStep() {
    }

    static void giveIfAsked(HttpClient client, HttpResponse<String> afterPassword, Function<String, URI> uri)
            throws java.io.IOException, InterruptedException {
        if (!afterPassword.headers().firstValue("Location").orElse("").endsWith("/two-factor")) {
            return;
        }
        for (int attempt = 1; ; attempt++) {
            var page = client.send(HttpRequest.newBuilder(uri.apply("/two-factor")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            var csrf = Jsoup.parse(page.body()).selectFirst("input[name=_csrf]");
            assertThat(csrf).as("the two-factor form's _csrf field").isNotNull();
            var code = AuthenticatorCodes.codeFor(DemoData.DEMO_TOTP_SECRET, AuthenticatorCodes.step(Instant.now()));
            var form = "code=" + code + "&_csrf=" + URLEncoder.encode(csrf.val(), StandardCharsets.UTF_8);
            var given = client.send(HttpRequest.newBuilder(uri.apply("/two-factor"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (given.statusCode() == 302) {
                return;
            }
            // The account signed in already in this 30-second step: its code works once, so wait for the next.
            assertThat(attempt).as("the two-factor code was refused").isLessThan(2);
            Thread.sleep(AuthenticatorCodes.PERIOD_SECONDS * 1000L - (System.currentTimeMillis() % 30_000L) + 250);
        }
    }
}
