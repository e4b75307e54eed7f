package org.safeguardinghub.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on through OpenID Connect, against a local identity provider standing in for
 * Microsoft Entra ID. The person is matched to a Hub account by email address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "hub.embedded-postgres.data-directory=temporary",
        "hub.demo.enabled=true",
        "logging.structured.format.console="})
class SingleSignOnIntegrationTests {

    static final MockOAuth2Server identityProvider = new MockOAuth2Server();

    static {
        identityProvider.start();
    }

    @DynamicPropertySource
    static void singleSignOn(DynamicPropertyRegistry registry) {
        var registration = "spring.security.oauth2.client.registration.sso.";
        registry.add(registration + "client-id", () -> "hub");
        registry.add(registration + "client-secret", () -> "not-a-real-secret");
        registry.add(registration + "scope", () -> "openid,profile,email");
        registry.add("spring.security.oauth2.client.provider.sso.issuer-uri",
                () -> identityProvider.issuerUrl("entra").toString());
    }

    @AfterAll
    static void stop() {
        identityProvider.shutdown();
    }

    @Value("${local.server.port}")
    int port;

    private HttpResponse<String> signInThroughTheIdentityProvider(String email) throws Exception {
        identityProvider.enqueueCallback(new DefaultOAuth2TokenCallback("entra", "subject-" + email,
                JOSEObjectType.JWT.getType(), List.of("hub"), Map.of("email", email, "email_verified", true), 3600));
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/authorization/sso")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theSignInPageOffersSingleSignOn() throws Exception {
        var page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sign-in"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.body()).contains("Sign in with your organisation account", "/oauth2/authorization/sso");
    }

    @Test
    void someoneWithAHubAccountIsSignedInAndLandsInTheirPartnership() throws Exception {
        var response = signInThroughTheIdentityProvider("joanne.whitfield@hub.example");
        assertThat(response.uri().getPath()).isEqualTo("/p/shropshire");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Signed in as", "Joanne Whitfield", "Shropshire Safeguarding Community Partnership");
    }

    @Test
    void someoneTheIdentityProviderKnowsButTheHubDoesNotIsTurnedAway() throws Exception {
        var response = signInThroughTheIdentityProvider("stranger@elsewhere.example");
        assertThat(response.uri().getPath()).isEqualTo("/sign-in");
        assertThat(response.body()).contains("not linked to a Hub account").doesNotContain("Signed in as");
    }
}
