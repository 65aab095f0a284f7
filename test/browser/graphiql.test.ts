/**
 * GraphiQL in a real browser (Debian's Chromium driven by playwright-core): the page comes entirely
 * from the gateway, an example mutation runs against the sandbox and its result shows in the result
 * pane. Saves a screenshot under test-output/. Where Chromium is missing the test is skipped, unless
 * REQUIRE_BROWSER=1 (CI) makes that a failure.
 */
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { PROJECT_ROOT } from "../../src/paths";
import { startTestGateway, type TestGateway } from "../helpers/gateway";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const available = existsSync(CHROMIUM);
if (!available && process.env.REQUIRE_BROWSER === "1") throw new Error(`Chromium not found at ${CHROMIUM}`);
const maybe = available ? describe : describe.skip;

jest.setTimeout(90_000);

/** Opens the tab of an example and waits until its document is the one in the editor. */
async function openTab(page: Page, operation: string): Promise<void> {
  await page.locator(".graphiql-tab", { hasText: operation }).locator("button").first().click();
  await page.locator(".graphiql-tab-active", { hasText: operation }).waitFor();
  await page.waitForFunction(
    (name) => (globalThis as any).document.querySelector(".graphiql-query-editor .CodeMirror")?.CodeMirror?.getValue().includes(name),
    operation,
  );
  // GraphiQL re-derives the operation name from the editor after a short debounce; a click that
  // comes sooner still runs the previous tab's operation name.
  await page.waitForTimeout(600);
}

maybe("GraphiQL in Chromium", () => {
  let t: TestGateway;
  let browser: Browser;
  beforeAll(async () => {
    t = await startTestGateway();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it("runs an example mutation from the gateway's own GraphiQL, loading nothing from elsewhere", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const foreign: string[] = [];
    const origin = new URL(t.gateway.url).origin;
    page.on("request", (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith("data:")) foreign.push(url);
    });

    mkdirSync(join(PROJECT_ROOT, "test-output"), { recursive: true });
    await page.goto(t.gateway.graphqlUrl, { waitUntil: "networkidle" });
    await page.waitForSelector(".graphiql-container");

    // Each example is a tab named after its operation; open the EventBridge API key one and run it.
    await openTab(page, "CreateConnectionApiKey");
    await page.click(".graphiql-execute-button");
    const result = page.locator(".result-window");
    await page.locator(".result-window", { hasText: "AUTHORIZED" }).waitFor({ timeout: 30_000 });
    const text = await result.textContent();
    expect(text).toContain('"authorizationType": "API_KEY"');
    expect(text).toContain("arn:aws:events:");

    // The @oneOf input is real: two auth members come back as graphql-js's own error in the result pane.
    await page.locator(".graphiql-editor-tools button", { hasText: "Variables" }).click();
    await page.evaluate((variables) => {
      const editor = (globalThis as any).document.querySelector(".graphiql-editor-tool .CodeMirror");
      editor.CodeMirror.setValue(variables);
    }, JSON.stringify({ input: { name: "two-members", authorization: { basic: { username: "u", password: "p" }, apiKey: { apiKeyName: "k", apiKeyValue: "v" } } } }));
    await page.click(".graphiql-execute-button");
    await page.locator(".result-window", { hasText: "exactly one key" }).waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(PROJECT_ROOT, "test-output", "graphiql-oneof-error.png"), fullPage: true }).catch(() => undefined);

    // Back to the successful run for the screenshot that documents the test.
    await openTab(page, "CreateConnectionBasic");
    await page.click(".graphiql-execute-button");
    await page.locator(".result-window", { hasText: "orders-api-basic" }).waitFor({ timeout: 30_000 });

    const dir = join(PROJECT_ROOT, "test-output");
    await page.screenshot({ path: join(dir, "graphiql-create-connection.png"), fullPage: true });
    expect(foreign).toEqual([]);
  });
});
