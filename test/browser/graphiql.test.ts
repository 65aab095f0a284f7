/**
 * GraphiQL in a real browser (Debian's Chromium driven by playwright-core): the page comes entirely
 * from the gateway, an example mutation runs against the sandbox and its result shows in the result
 * pane. Saves a screenshot under test-output/. Where Chromium is missing the test is skipped, unless
 * REQUIRE_BROWSER=1 (CI) makes that a failure.
 */
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { PROJECT_ROOT } from "../../src/paths";
import { startTestGateway, type TestGateway } from "../helpers/gateway";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const available = existsSync(CHROMIUM);
if (!available && process.env.REQUIRE_BROWSER === "1") throw new Error(`Chromium not found at ${CHROMIUM}`);
const maybe = available ? describe : describe.skip;

jest.setTimeout(90_000);

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

    await page.goto(t.gateway.graphqlUrl, { waitUntil: "networkidle" });
    await page.waitForSelector(".graphiql-container");

    // Open the tab of the EventBridge API key example and run it.
    const tab = page.locator(".graphiql-tab", { hasText: "CreateConnection" }).first();
    await tab.waitFor();
    const tabs = page.locator(".graphiql-tab");
    const count = await tabs.count();
    let opened = false;
    for (let i = 0; i < count && !opened; i++) {
      await tabs.nth(i).locator("button").first().click();
      const variables = await page.locator(".graphiql-editor-tool .CodeMirror").first().evaluate((el: any) => el.CodeMirror?.getValue() ?? "");
      opened = variables.includes('"orders-api-key"');
    }
    expect(opened).toBe(true);
    await page.click(".graphiql-execute-button");
    const result = page.locator(".result-window");
    await page.locator(".result-window", { hasText: "AUTHORIZED" }).waitFor({ timeout: 30_000 });
    const text = await result.textContent();
    expect(text).toContain('"authorizationType": "API_KEY"');
    expect(text).toContain("arn:aws:events:");

    const dir = join(PROJECT_ROOT, "test-output");
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: join(dir, "graphiql-create-connection.png"), fullPage: true });
    expect(foreign).toEqual([]);
  });
});
