package org.safeguardinghub.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.test.web.servlet.MockMvc;

/** What operations staff rely on: a health check for the load balancer and sessions that expire. */
@HubIntegrationTest
class OperationsIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ServerProperties server;

    @Test
    void theHealthCheckAnswersWithoutSigningInAndGivesNoDetails() throws Exception {
        var response = mvc.perform(get("/actuator/health")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("\"status\":\"UP\"").doesNotContain("db", "diskSpace");
    }

    @Test
    void otherActuatorEndpointsAreNotExposed() throws Exception {
        assertThat(mvc.perform(get("/actuator/env")).andReturn().getResponse().getStatus()).isIn(403, 404, 302);
        assertThat(mvc.perform(get("/actuator/beans")).andReturn().getResponse().getStatus()).isIn(403, 404, 302);
    }

    @Test
    void sessionsExpireAfterThirtyIdleMinutesAndTheirCookieIsHttpOnly() {
        var session = server.getServlet().getSession();
        assertThat(session.getTimeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(session.getCookie().getHttpOnly()).isTrue();
        assertThat(session.getCookie().getName()).isEqualTo("HUB_SESSION");
    }
}
