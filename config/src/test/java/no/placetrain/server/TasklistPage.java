package no.placetrain.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * Camunda Tasklist 7.24 (AngularJS around form-js 1.8.7) as a person uses it, in Debian's
 * headless Chromium. Every action waits for what a person would see before acting; nothing sleeps.
 *
 * <p>Selectors are the ones Tasklist and form-js really render (looked up in the page source):
 * form-js gives each field the id {@code fjs-form-<random>-<componentId>}, and our forms name their
 * components {@code Field_<key>}, hence {@code [id$='-Field_<key>']}.
 */
final class TasklistPage implements AutoCloseable {

  static final String CHROMIUM = "/usr/bin/chromium";
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final Duration POLL = Duration.ofMillis(150);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String tasklistUrl;
  private final Path profile;
  private final ChromeDriver driver;
  private final WebDriverWait wait;
  private int shots;

  private TasklistPage(String tasklistUrl, Path profile, ChromeDriver driver) {
    this.tasklistUrl = tasklistUrl;
    this.profile = profile;
    this.driver = driver;
    this.wait = new WebDriverWait(driver, TIMEOUT, POLL);
  }

  /**
   * Starts Debian's Chromium through Debian's chromedriver. Both paths are given explicitly, so
   * Selenium Manager is never asked to find (or download) a driver or a browser.
   */
  static TasklistPage open(int port) {
    for (String executable : new String[] {CHROMIUM, CHROMEDRIVER}) {
      if (!Files.isExecutable(Path.of(executable))) {
        throw new IllegalStateException(executable + " is missing: the browser test drives Debian's "
            + "Chromium; install it with `apt-get install -y chromium chromium-driver` (.ci/run does)");
      }
    }
    try {
      Files.createDirectories(SCREENSHOTS);
      Path profile = Files.createTempDirectory(Path.of("target"), "chromium-profile-");
      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(new File(CHROMEDRIVER))
          .usingAnyFreePort()
          .withLogFile(Path.of("target", "chromedriver.log").toFile())
          .build();
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM);
      options.addArguments(
          "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--no-first-run", "--disable-quic",
          // tall enough for the longest of these forms without scrolling: when the task pane is
          // scrolled to its end, its last ~22 px (the Complete button) sit under Tasklist's footer
          "--window-size=1280,1600", "--lang=en-US",
          "--user-data-dir=" + profile.toAbsolutePath());
      // Tasklist's own labels (Start process, Claim, …) in English whatever the machine's locale
      options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US"));
      ChromeDriver driver = new ChromeDriver(service, options);
      return new TasklistPage("http://localhost:" + port + "/camunda/app/tasklist/default/", profile, driver);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // --- session -------------------------------------------------------------------------------

  void login(String user, String password) {
    driver.get(tasklistUrl);
    // Tasklist's login form is an AngularJS form: keys typed before Angular has bound the inputs
    // are lost and a click on "Log in" then sends nothing — the page stays at #/login with no
    // notification. Such an attempt is made once more; a refused login shows a notification and
    // fails below like any other.
    for (int attempt = 1; ; attempt++) {
      WebElement name = visible(By.cssSelector("input[ng-model='username']"));
      WebElement secret = visible(By.cssSelector("input[ng-model='password']"));
      name.clear();
      name.sendKeys(user);
      secret.clear();
      secret.sendKeys(password);
      click(By.cssSelector("button[type='submit']"));
      try {
        new WebDriverWait(driver, attempt == 1 ? Duration.ofSeconds(15) : TIMEOUT, POLL)
            .until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("li.account a.dropdown-toggle")));
        visible(By.cssSelector(".task-filter"));
        return;
      } catch (org.openqa.selenium.TimeoutException e) {
        String shown = driver.findElement(By.tagName("body")).getText().replaceAll("\\s+", " ");
        boolean silent = driver.getCurrentUrl().endsWith("#/login")
            && driver.findElements(By.cssSelector(".notifications .alert")).isEmpty();
        if (attempt == 1 && silent) {
          continue;
        }
        // say what the page showed instead (a notification such as a refused login, or nothing)
        throw new AssertionError("Tasklist did not show " + user + " logged in at "
            + driver.getCurrentUrl() + " (attempt " + attempt + "); the page showed: "
            + shown.substring(0, Math.min(400, shown.length())), e);
      }
    }
  }

  /** The user's full name as the navigation bar shows it. */
  String loggedInUser() {
    return visible(By.cssSelector("li.account a.dropdown-toggle")).getText().trim();
  }

  void logout() {
    click(By.cssSelector("li.account a.dropdown-toggle"));
    click(By.cssSelector("li.account a[ng-click='logout()']"));
    visible(By.cssSelector("input[ng-model='username']"));
  }

  // --- starting a process --------------------------------------------------------------------

  /** "Start process" → the process by its name → its start form is shown. */
  void startProcess(String processName) {
    click(By.xpath("//a[@ng-click='open()'][normalize-space()='Start process']"));
    click(By.xpath("//div[contains(@class,'modal')]//ul[contains(@class,'processes')]//a"
        + "[normalize-space()=" + xpathLiteral(processName) + "]"));
    visible(By.cssSelector(".modal .modal-title"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(
        By.cssSelector(".modal .modal-title"), processName));
    visible(By.cssSelector(".modal .fjs-container .fjs-form"));
  }

  /** The modal's Start button; returns once Tasklist reported the started instance. */
  void submitStartForm() {
    click(By.cssSelector(".modal button[ng-click='startProcessInstance()']"));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal")));
    waitForNotification("The process has been started.");
  }

  // --- tasks ---------------------------------------------------------------------------------

  /** Selects the user's first filter and returns the title of the task's entry in its list. */
  String findTaskInFirstFilter(String taskId) {
    click(By.cssSelector(".task-filter")); // the first one
    return visible(taskLink(taskId)).getText().trim();
  }

  /**
   * Opens the filter (one per group: GroupTaskFilters) as a link to it would, checks that Tasklist
   * shows it as the selected filter by its name, and returns the title of the task's entry in its
   * list.
   */
  String findTaskInFilter(String filterId, String filterName, String taskId) {
    driver.get(tasklistUrl + "#/?filter=" + filterId);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(
        By.cssSelector(".task-filter.active h4.name a"), filterName));
    return visible(taskLink(taskId)).getText().trim();
  }

  /** Opens the task from the list and claims it when it is not yet the user's (the form is read-only until then). */
  void openTask(String taskId, String taskName) {
    click(taskLink(taskId));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".task-card h2.task"), taskName));
    visible(By.cssSelector(".task-card .fjs-container .fjs-form"));
    List<WebElement> claim = driver.findElements(By.cssSelector("button[ng-click='claim()']"));
    if (!claim.isEmpty() && claim.get(0).isDisplayed()) {
      click(claim.get(0));
      visible(By.cssSelector("button[ng-click='unclaim()']"));
    }
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[cam-tasklist-form] .disabled-form")));
  }

  /** Presses Complete; form-js validates in the browser first. */
  void pressComplete() {
    click(By.cssSelector("button[ng-click='complete()']"));
  }

  /** Presses Complete and waits until Tasklist closed the task (its entry left the list). */
  void complete(String taskId) {
    pressComplete();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(taskLink(taskId)));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".task-card .fjs-container")));
  }

  boolean isCompleteEnabled() {
    return visible(By.cssSelector("button[ng-click='complete()']")).isEnabled();
  }

  // --- form-js fields ------------------------------------------------------------------------

  void type(String key, String text) {
    WebElement field = visible(field(key));
    field.clear();
    field.sendKeys(text);
  }

  String value(String key) {
    return visible(field(key)).getAttribute("value");
  }

  /** form-js 1.8 renders a select as its own dropdown: open it, pick the option by its label. */
  void select(String key, String optionLabel) {
    click(By.cssSelector(".fjs-container [id$='-Field_" + key + "-display']"));
    click(By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][normalize-space()="
        + xpathLiteral(optionLabel) + "]"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(
        By.cssSelector(".fjs-container [id$='-Field_" + key + "-display']"), optionLabel));
  }

  /** Clicks the radio button of the option labelled {@code optionLabel} (form-js nests the input in its label). */
  void choose(String key, String optionLabel) {
    By radio = By.xpath("//div[contains(@class,'fjs-container')]//label[contains(@for,'-Field_" + key + "-')]"
        + "[normalize-space()=" + xpathLiteral(optionLabel) + "]/input[@type='radio']");
    click(radio);
    wait.until(ExpectedConditions.elementToBeSelected(radio));
  }

  /** The validation messages form-js shows under a field (empty when there are none). */
  String errorOf(String key) {
    List<WebElement> errors = driver.findElements(
        By.cssSelector(".fjs-container .fjs-form-field-error[id$='-Field_" + key + "-error-message']"));
    return errors.isEmpty() ? "" : errors.get(0).getText().trim();
  }

  /** Waits until form-js shows at least one field error and returns all of them. */
  List<WebElement> waitForFieldErrors() {
    return wait.until(ExpectedConditions.visibilityOfAllElementsLocatedBy(
        By.cssSelector(".fjs-container .fjs-form-field-error")));
  }

  void waitUntilNoFieldErrors() {
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".fjs-container .fjs-form-field-error")));
  }

  /** The text (markdown) component that shows {@code componentText}, once visible. */
  WebElement textComponent(String componentText) {
    return visible(By.xpath("//div[contains(@class,'fjs-form-field-text')][contains(normalize-space(),"
        + xpathLiteral(componentText) + ")]"));
  }

  // --- notifications -------------------------------------------------------------------------

  WebElement waitForNotification(String text) {
    return visible(By.xpath("//div[contains(@class,'page-notifications')]//div[contains(@class,'alert')]"
        + "[contains(normalize-space(),"  + xpathLiteral(text) + ")]"));
  }

  /** Closes every notification toast: they sit over the lower right corner, where Complete is. */
  void closeNotifications() {
    By close = By.cssSelector(".page-notifications button[ng-click^='removeNotification']");
    for (WebElement button : driver.findElements(close)) {
      if (button.isDisplayed()) {
        click(button);
      }
    }
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".page-notifications .alert")));
  }

  // --- evidence ------------------------------------------------------------------------------

  /** A numbered PNG under target/screenshots/; returns its path. */
  Path screenshot(String name) {
    try {
      Path file = SCREENSHOTS.resolve(String.format("%02d-%s.png", ++shots, name));
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Screenshot and page source, for a failed test. Never throws (the failure is what matters). */
  void saveEvidence(String name) {
    try {
      screenshot(name);
      Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
    } catch (RuntimeException | IOException e) {
      System.err.println("could not save evidence " + name + ": " + e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      FileSystemUtils.deleteRecursively(profile.toFile());
    }
  }

  // --- the forms' own option labels ------------------------------------------------------------

  /** The label of {@code value} in the options of field {@code key} of a deployed form (the .form file on the classpath). */
  static String optionLabel(String formId, String key, String value) {
    try (InputStream in = TasklistPage.class.getResourceAsStream("/placetrain/forms/" + formId + ".form")) {
      if (in == null) {
        throw new IllegalArgumentException("no form " + formId + " on the classpath");
      }
      for (JsonNode component : JSON.readTree(in).get("components")) {
        if (key.equals(component.path("key").asText())) {
          for (JsonNode option : component.path("values")) {
            if (value.equals(option.get("value").asText())) {
              return option.get("label").asText();
            }
          }
        }
      }
      throw new IllegalArgumentException(formId + " has no option " + value + " for " + key);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // --- plumbing ------------------------------------------------------------------------------

  private static By field(String key) {
    return By.cssSelector(".fjs-container input[id$='-Field_" + key + "'], .fjs-container textarea[id$='-Field_" + key + "']");
  }

  private static By taskLink(String taskId) {
    return By.cssSelector("li.task a[href*='task=" + taskId + "']");
  }

  private WebElement visible(By locator) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  private void click(By locator) {
    click(wait.until(ExpectedConditions.elementToBeClickable(locator)));
  }

  /**
   * Clicks like a person who has finished typing:
   * <ul>
   *   <li>leaves the textarea being edited first: with the task pane scrolled to the bottom, the
   *       mousedown on Complete blurred a form-js textarea, the pane jumped 57 px before the
   *       mouseup and the click landed on the form's container (Complete silently did nothing).
   *       Only textareas: blurring a select's input would close its open dropdown;</li>
   *   <li>scrolls the element to the middle of its pane: Tasklist's fixed footer and the
   *       notification toasts cover the bottom edge, where a plain WebDriver scroll leaves it;</li>
   *   <li>waits until the element stops moving (Angular and form-js re-render after each change).</li>
   * </ul>
   */
  private void click(WebElement element) {
    driver.executeScript("""
        const active = document.activeElement;
        if (active && active !== arguments[0] && active.matches('textarea')) { active.blur(); }
        arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});""", element);
    wait.until(stableAt(element));
    for (int attempt = 1; ; attempt++) {
      try {
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
        return;
      } catch (org.openqa.selenium.ElementClickInterceptedException e) {
        // a toast or the footer slid over it between the scroll and the click (seen on a loaded
        // machine): like a person, scroll it back to the middle and click again
        if (attempt == 3) {
          throw e;
        }
        driver.executeScript(
            "arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
        wait.until(stableAt(element));
      }
    }
  }

  /** True once the element is at the same place in two polls in a row. */
  private static ExpectedCondition<Boolean> stableAt(WebElement element) {
    return new ExpectedCondition<>() {
      private Rectangle last;

      @Override
      public Boolean apply(WebDriver ignored) {
        Rectangle now = element.getRect();
        boolean stable = now.equals(last);
        last = now;
        return stable;
      }

      @Override
      public String toString() {
        return "element to stop moving: " + element;
      }
    };
  }

  private static String xpathLiteral(String text) {
    if (!text.contains("'")) {
      return "'" + text + "'";
    }
    if (!text.contains("\"")) {
      return "\"" + text + "\"";
    }
    return "concat('" + text.replace("'", "',\"'\",'") + "')";
  }
}
