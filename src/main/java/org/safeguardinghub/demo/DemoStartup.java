package org.safeguardinghub.demo;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** With hub.demo.enabled, loads the demo partnerships and prints where to go and how to sign in. */
@Component
@ConditionalOnProperty(name = "hub.demo.enabled", havingValue = "true")
class DemoStartup {

    private final DemoData demo;

    DemoStartup(DemoData demo) {
        this.demo = demo;
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        demo.load();
        int port = event.getApplicationContext() instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort() : 8080;
        var text = new StringBuilder();
        text.append("\n============================================================\n");
        text.append(" The Safeguarding Partnership Hub is running\n\n");
        text.append(" Open http://localhost:").append(port).append("/ and sign in with one of these demo logins.\n");
        text.append(" Every demo password is: ").append(DemoData.PASSWORD).append("\n");
        text.append(" Every demo login has two-factor sign-in. For the code, add this setup key to an\n");
        text.append(" authenticator app (Microsoft or Google Authenticator, or `oathtool --totp -b KEY`):\n");
        text.append("   ").append(org.safeguardinghub.accounts.TwoFactorSignIn.grouped(DemoData.DEMO_TOTP_SECRET)).append("\n");
        text.append(" Or choose \"Use a recovery code instead\"; each of these works once for each login:\n");
        text.append("   ").append(String.join(", ", DemoData.DEMO_RECOVERY_CODES.subList(0, 5))).append(",\n");
        text.append("   ").append(String.join(", ", DemoData.DEMO_RECOVERY_CODES.subList(5, 10))).append("\n\n");
        for (var login : DemoData.LOGINS) {
            text.append(String.format("   %-14s %s%n", login.username(), login.description()));
        }
        text.append("\n Data is kept in ./data/postgres between runs. Stop with Ctrl+C.\n");
        text.append("============================================================\n");
        System.out.println(text);
    }
}
