package org.omnistock.system;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * One headless Chromium for a test class (starting one takes about a second; a test class shares it), signed out and
 * back at a laptop's size before each test, and a screenshot of what a failed test left on the screen
 * (target/screenshots/&lt;class&gt;-&lt;test&gt;.png, kept by CI). Register it as a static field with
 * {@code @RegisterExtension}.
 */
final class BrowserSession implements BeforeAllCallback, BeforeEachCallback, TestWatcher, AfterAllCallback {

    private Browser browser;

    Browser browser() {
        return browser;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        browser = new Browser(Browser.DESKTOP);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        browser.forgetSession();
        browser.resize(Browser.DESKTOP);
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        browser.screenshot(context.getRequiredTestClass().getSimpleName() + "-"
                + context.getRequiredTestMethod().getName());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
        }
    }
}
