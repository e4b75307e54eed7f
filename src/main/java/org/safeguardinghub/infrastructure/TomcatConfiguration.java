package org.safeguardinghub.infrastructure;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Security headers and the Hub's wording on what Tomcat answers by itself. */
@Configuration(proxyBeanMethods = false)
class TomcatConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> securityHeadersOnEveryResponse() {
        return factory -> {
            factory.addEngineValves(new SecurityHeadersValve());
            factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(HubErrorReportValve.class.getName());
                }
            });
        };
    }
}
