package org.omnistock.system;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The back office in headless Chromium (Debian's chromium and chromedriver, which .ci/run installs), as a person
 * uses it: pages are opened, typed into and clicked, and every wait is for the page's own scripts (its load, then
 * PrimeFaces' AJAX queue and jQuery) to be done. What a page shows is read as the browser renders it. A page's HTTP
 * status, which a browser does not tell its driver, is asked with the browser's own session.
 */
final class Browser implements AutoCloseable {

    /** A laptop's window. */
    static final Dimension DESKTOP = new Dimension(1280, 900);
    /** A phone held upright (390 CSS pixels wide, as the store staff's handhelds). */
    static final Dimension PHONE = new Dimension(390, 844);

    private static final Duration WAIT = Duration.ofSeconds(20);
    /** How often a wait looks again: a page's AJAX answer takes milliseconds, WebDriverWait's default is 500. */
    private static final Duration POLL = Duration.ofMillis(25);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    private final ChromeDriver driver;
    private final Path profile;

    static {
        // Selenium looks for DevTools bindings of this Chromium's version, which the tests do not use.
        java.util.logging.Logger.getLogger("org.openqa.selenium.devtools").setLevel(java.util.logging.Level.SEVERE);
    }

    Browser(Dimension size) {
        try {
            profile = Files.createTempDirectory("omnistock-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String binary = System.getProperty("chromium.binary", "/usr/bin/chromium");
        String driverExecutable = System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        if (!Files.isExecutable(Path.of(binary)) || !Files.isExecutable(Path.of(driverExecutable))) {
            throw new IllegalStateException("the back-office tests run in Chromium: no " + binary + " or "
                    + driverExecutable + " (apt-get install chromium chromium-driver, or point -Dchromium.binary"
                    + " and -Dwebdriver.chrome.driver at them)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--user-data-dir=" + profile, "--window-size=" + size.getWidth() + ","
                        + size.getHeight());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(
                new File(driverExecutable))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(size);
    }

    /** Opens a page of the back office (a path such as {@code /stock/levels.xhtml?sku=X}) and waits for it. */
    Browser open(String path) {
        driver.get(Api.BASE + path);
        settle();
        return this;
    }

    /** Signs in on the sign-in page a protected page sends to, and waits for the page it leads to. */
    Browser signIn(String user, String password) {
        open("/stock/levels.xhtml");
        driver.findElement(By.id("j_username")).sendKeys(user);
        driver.findElement(By.id("j_password")).sendKeys(password);
        ((JavascriptExecutor) driver).executeScript("window.omnistockSignInPage = true;");
        driver.findElement(By.id("sign-in")).click();
        // The form's page is still complete while its post is in flight: wait for the next page, whose session
        // cookie is the signed-in one that body() and download() hand to plain HTTP requests.
        new WebDriverWait(driver, WAIT, POLL).ignoring(WebDriverException.class).until(d -> Boolean.FALSE.equals(
                ((JavascriptExecutor) d).executeScript("return window.omnistockSignInPage === true;")));
        settle();
        return this;
    }

    Browser signIn(Api.User user) {
        return signIn(user.username(), user.password());
    }

    /** Signs out by forgetting the session, so the next sign-in is another user's. */
    void forgetSession() {
        if (driver.getCurrentUrl().startsWith("http")) {
            driver.manage().deleteAllCookies();
        }
    }

    /** Resizes the window: {@link #PHONE} to see a page as store staff do on a handheld. */
    Browser resize(Dimension size) {
        driver.manage().window().setSize(size);
        return this;
    }

    String url() {
        return driver.getCurrentUrl();
    }

    /** What the whole page shows. */
    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String pageSource() {
        return driver.getPageSource();
    }

    /** What the element of this id shows; fails if there is none. */
    String text(String id) {
        return element(id).getText().strip();
    }

    /** What the first element whose id ends so shows (a table's footer cell, whose id its row makes). */
    String textEndingWith(String idEnd) {
        return css("[id$='" + idEnd + "']").getText().strip();
    }

    String value(String id) {
        return element(id).getDomProperty("value");
    }

    boolean exists(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    boolean existsCss(String selector) {
        return !driver.findElements(By.cssSelector(selector)).isEmpty();
    }

    WebElement element(String id) {
        try {
            return new WebDriverWait(driver, WAIT, POLL).until(d -> d.findElement(By.id(id)));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new NoSuchElementException("no element " + id + " on " + url() + ":\n" + pageText());
        }
    }

    WebElement css(String selector) {
        return new WebDriverWait(driver, WAIT, POLL).until(d -> d.findElement(By.cssSelector(selector)));
    }

    List<WebElement> all(String selector) {
        return driver.findElements(By.cssSelector(selector));
    }

    /** The options a select offers (PrimeFaces' selectOneMenu keeps a native select inside), one per line. */
    String optionsOf(String id) {
        return String.valueOf(script("var s = document.getElementById(arguments[0] + '_input')"
                + " || document.getElementById(arguments[0]);"
                + "return Array.from(s.options).map(o => o.value + ' ' + o.text).join('\\n');", id));
    }

    /** Waits until an element matches the selector, as a page's own scripts draw it; fails with the message. */
    Browser waitFor(String selector, String what) {
        try {
            new WebDriverWait(driver, WAIT, POLL).until(d -> !d.findElements(By.cssSelector(selector)).isEmpty());
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(what + ": nothing matches " + selector + " on " + url() + ":\n" + pageText());
        }
        return this;
    }

    /**
     * How many data points the Chart.js chart of a PrimeFaces {@code p:chart} (by its id) was drawn with, once its
     * script made it: 0 if it holds none.
     */
    long chartPoints(String chartId) {
        String find = "var c = document.querySelector(\"[id$='" + chartId + "'] canvas, canvas[id*='" + chartId
                + "']\"); var chart = c && window.Chart && Chart.getChart(c);";
        try {
            new WebDriverWait(driver, WAIT, POLL).until(d -> Boolean.TRUE.equals(script(find + "return !!chart;")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no chart " + chartId + " was drawn on " + url());
        }
        return ((Number) script(find + "return chart.data.datasets.reduce((n, s) => n + s.data.length, 0);"))
                .longValue();
    }

    /**
     * Types into the field as a person does: what was there selected and deleted first (clear() alone leaves a
     * PrimeFaces number field's own formatting script with the old value), then the text.
     */
    Browser type(String id, String text) {
        WebElement field = element(id);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
        return this;
    }

    /** Types and presses Enter, as a barcode scanner does. */
    Browser scan(String id, String code) {
        WebElement field = element(id);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(code + Keys.ENTER);
        settle();
        return this;
    }

    /** Chooses a file in a PrimeFaces file upload (its file input is {@code <id>_input}), which sends it at once. */
    Browser upload(String id, Path file) {
        element(id + "_input").sendKeys(file.toAbsolutePath().toString());
        settle();
        return this;
    }

    /** Waits until the element shows the text (an answer that comes when the page's scripts have it). */
    Browser waitForText(String id, String text) {
        try {
            new WebDriverWait(driver, WAIT, POLL).until(d -> !d.findElements(By.id(id)).isEmpty()
                    && d.findElement(By.id(id)).getText().contains(text));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("'" + text + "' not shown in " + id + " on " + url() + ":\n" + pageText());
        }
        return this;
    }

    /** Chooses an option of a select (PrimeFaces' selectOneMenu keeps a native select inside, by its id). */
    Browser select(String id, String value) {
        script("var s = document.getElementById(arguments[0] + '_input') || document.getElementById(arguments[0]);"
                + "s.value = arguments[1]; s.dispatchEvent(new Event('change', {bubbles: true}));", id, value);
        settle();
        return this;
    }

    /** Clicks the element and waits for what it set off (a page load or an AJAX update). */
    Browser click(String id) {
        return clickElement(element(id));
    }

    Browser clickCss(String selector) {
        return clickElement(css(selector));
    }

    private Browser clickElement(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center'});", element);
        // A dialog's button is there before the dialog shows: wait until it can be clicked.
        new WebDriverWait(driver, WAIT, POLL).until(ExpectedConditions.elementToBeClickable(element));
        element.click();
        settle();
        return this;
    }

    Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /** How much wider than the window the page is, in CSS pixels (0 when it fits). */
    long overflow() {
        return Math.max(0, ((Number) script("return document.documentElement.scrollWidth - window.innerWidth;"))
                .longValue());
    }

    /**
     * What a form's button answers when it is submitted with its form, as the browser would post it (a download,
     * which a headless browser keeps to itself): the form's fields and the button, posted in the page's session.
     */
    String submitForDownload(String buttonId) {
        Object answer = ((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "var button = document.getElementById(arguments[0]);"
                        + "var data = new FormData(button.form); data.append(button.name || button.id, button.name || button.id);"
                        + "fetch(button.form.action, {method: 'POST', body: new URLSearchParams(data)})"
                        + ".then(r => r.text()).then(done, e => done('failed: ' + e));", buttonId);
        return String.valueOf(answer);
    }

    /** The HTTP status of a GET of the path in this browser's session (403 for a page the user may not see). */
    int status(String path) {
        return get(path).statusCode();
    }

    /** The body of a GET of the path in this browser's session. */
    String body(String path) {
        return get(path).body();
    }

    private HttpResponse<String> get(String path) {
        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.BASE + path)).GET();
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session.getValue());
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the page is loaded and its scripts are idle: no AJAX request of PrimeFaces or jQuery open. */
    void settle() {
        new WebDriverWait(driver, WAIT, POLL).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete'"
                        + " && (typeof jQuery === 'undefined' || jQuery.active === 0)"
                        + " && (typeof PrimeFaces === 'undefined' || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    /** Saves what the window shows, for a person to look at (target/screenshots). */
    void screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            System.err.println("Browser: no screenshot " + name + ": " + e);
        }
    }

    void assertFitsWidth(String what) {
        long overflow = overflow();
        assertTrue(overflow == 0, what + " is " + overflow + " px wider than a " + PHONE.getWidth()
                + " px phone: " + url());
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // A temporary profile left behind is removed with the machine's temporary files.
            }
        }
    }
}
