package org.safeguardinghub.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.safeguardinghub.demo.DemoData;
import org.springframework.beans.factory.annotation.Value;

/**
 * Drives the Hub in Debian's Chromium as a person would, and scans every page it visits with axe
 * for WCAG 2.2 AA: a journey fails on any violation.
 */
abstract class BrowserJourney {

    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    static Playwright playwright;
    static Browser browser;

    @Value("${local.server.port}")
    int port;

    BrowserContext context;
    Page page;
    final List<String> scanned = new ArrayList<>();

    @BeforeAll
    static void launchChromium() {
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("hub.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
    }

    @BeforeEach
    void openBrowser() {
        context = newContext();
        page = context.newPage();
    }

    @AfterEach
    void closeBrowser() {
        context.close();
    }

    /** The Hub's own policy forbids inline script; only the test's accessibility checker is let past it. */
    BrowserContext newContext() {
        return browser.newContext(new Browser.NewContextOptions().setBypassCSP(true).setViewportSize(1280, 900));
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void open(String path) {
        page.navigate(url(path));
        checkAccessibility();
    }

    /** Runs axe on the page as it is now; fails with each violation and where it is. */
    void checkAccessibility() {
        checkAccessibility(page);
    }

    void checkAccessibility(Page onPage) {
        // A click that navigates returns before the new page has its stylesheet; scan the page people see.
        onPage.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
        var results = new AxeBuilder(onPage).withTags(WCAG_22_AA).analyze();
        var violations = results.getViolations().stream()
                .map(v -> v.getId() + ": " + v.getHelp() + " at " + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .toList();
        scanned.add(onPage.url());
        assertThat(violations).as("accessibility violations on " + onPage.url()).isEmpty();
    }

    void signIn(String username) {
        signIn(page, username);
    }

    void signIn(Page onPage, String username) {
        enterPassword(onPage, username);
        giveSecondFactor(onPage, username);
    }

    /** The first step of signing in: username and password. */
    void enterPassword(Page onPage, String username) {
        onPage.navigate(url("/sign-in"));
        checkAccessibility(onPage);
        onPage.getByLabel("Username or email address").fill(username);
        onPage.getByLabel("Password").fill(DemoData.PASSWORD);
        onPage.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign in")).click();
        checkAccessibility(onPage);
    }

    /**
     * Gives the code the Hub asks for after the password, as a person with the demo secret in their
     * app would; an account the Hub asks to set up two-factor sign-in is set up with the key shown.
     */
    void giveSecondFactor(Page onPage, String username) {
        var path = java.net.URI.create(onPage.url()).getPath();
        if (path.equals("/two-factor/set-up")) {
            var secret = onPage.locator("#secret").innerText().replace(" ", "");
            SECRETS.put(port + ":" + username, secret);
            onPage.getByLabel("Enter the 6-digit code from your authenticator app").fill(freshCode(username, secret));
            onPage.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
            checkAccessibility(onPage);
            onPage.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("I have saved my recovery codes")).click();
            checkAccessibility(onPage);
        } else if (path.equals("/two-factor")) {
            var secret = SECRETS.getOrDefault(port + ":" + username, DemoData.DEMO_TOTP_SECRET);
            onPage.getByLabel("Enter the 6-digit code from your authenticator app").fill(freshCode(username, secret));
            onPage.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
            checkAccessibility(onPage);
        }
    }

    private static final java.util.Map<String, String> SECRETS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<String, Long> LAST_STEP = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The Hub accepts each 30-second code once per account, and a code of the next step as well
     * (clocks drift). A second sign-in of the same person in the same step takes the next step's
     * code; only a third waits for the clock.
     */
    String freshCode(String username, String secret) {
        var key = port + ":" + username;
        long now = org.safeguardinghub.accounts.AuthenticatorCodes.step(java.time.Instant.now());
        long step = Math.max(now, LAST_STEP.getOrDefault(key, Long.MIN_VALUE) + 1);
        if (step > now + 1) {
            long startOfUsableStep = (step - 1) * org.safeguardinghub.accounts.AuthenticatorCodes.PERIOD_SECONDS * 1000L;
            long wait = startOfUsableStep - System.currentTimeMillis() + 250;
            System.out.println("Two-factor: waited " + wait + " ms for a fresh code for " + username);
            try {
                Thread.sleep(Math.max(0, wait));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        LAST_STEP.put(key, step);
        return org.safeguardinghub.accounts.AuthenticatorCodes.codeFor(secret, step);
    }

    /** Fills a GOV.UK date input, whose boxes are labelled Day, Month and Year inside a fieldset. */
    void fillDate(String fieldId, int day, int month, int year) {
        page.locator("#" + fieldId + "-day").fill(String.valueOf(day));
        page.locator("#" + fieldId + "-month").fill(String.valueOf(month));
        page.locator("#" + fieldId + "-year").fill(String.valueOf(year));
    }

    void clickButton(String name) {
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name)).click();
        checkAccessibility();
    }

    void clickLink(String name) {
        page.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true))
                .first().click();
        checkAccessibility();
    }

    String heading() {
        return page.locator("h1").innerText();
    }

    String errorSummary() {
        return page.locator(".govuk-error-summary").innerText();
    }

    String successBanner() {
        return page.locator(".govuk-notification-banner--success").innerText();
    }
}
