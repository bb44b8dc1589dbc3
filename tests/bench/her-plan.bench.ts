import { test, expect, type Page } from "@playwright/test";
import { PLAN_PARTS, networkDownloads, planPartHeadings, signIn, waitForOfflineShell } from "../e2e/helpers";

// What a young person of the generated team downloads on her first visit,
// and how long she waits for her plan: on her first sign-in, and when she
// opens the app again, online and with no signal. Printed, not asserted: a
// benchmark, not a timed test.

const results: string[] = [];

test.afterAll(() => {
  console.log(["", "Her plan (release build, Chromium, 360 px):", ...results].join("\n"));
});

async function planShown(page: Page) {
  await expect(page.getByRole("heading", { level: 1, name: "My plan" })).toBeVisible({ timeout: 60_000 });
  await expect(planPartHeadings(page)).toHaveText(PLAN_PARTS, { timeout: 60_000 });
}

test("a young person: first sign-in, then opening her plan online and offline", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, "sample-1-1");
  const signedIn = Date.now();
  await expect(page.getByRole("heading", { level: 1, name: /^Hi / })).toBeVisible({ timeout: 60_000 });
  const home = Date.now() - signedIn;
  await expect(page.getByRole("status")).toContainText("Up to date", { timeout: 60_000 });
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Plan" }).click();
  await planShown(page);
  const plan = Date.now() - signedIn;
  await waitForOfflineShell(page);

  const open = async () => {
    const started = Date.now();
    await page.goto("/my-plan");
    await planShown(page);
    return Date.now() - started;
  };
  const online = [await open(), await open(), await open()];
  await context.setOffline(true);
  const offline = [await open(), await open(), await open()];
  await context.close();

  const median = (runs: number[]) => [...runs].sort((a, b) => a - b)[1];
  results.push(
    `  first sign-in: her home after ${home} ms, her plan (opened from home) after ${plan} ms`,
    `  app start to her plan on screen, median of 3: online ${median(online)} ms (${online.join(", ")}), ` +
      `offline ${median(offline)} ms (${offline.join(", ")})`,
  );
});

test("her first visit over the wire, with every screen of hers kept for offline", async ({ browser }) => {
  const context = await browser.newContext();
  const network = networkDownloads(context);
  const page = await context.newPage();
  await signIn(page, "sample-1-1");
  await expect(page.getByRole("heading", { level: 1, name: /^Hi / })).toBeVisible({ timeout: 60_000 });
  await network.settled();
  const downloads = await network.sofar();
  await context.close();

  const bytes = { code: 0, words: 0, data: 0, other: 0, requests: 0 };
  for (const [path, sizes] of downloads) {
    const kind = path.startsWith("/api/")
      ? "data"
      : path.startsWith("/lang/")
        ? "words"
        : path === "/" || /\.(wasm|bin|js|css|html)$/.test(path)
          ? "code"
          : "other";
    bytes[kind] += sizes.reduce((sum, size) => sum + size, 0);
    bytes.requests += sizes.length;
  }
  const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;
  results.push(
    `  her first visit over the wire, signed in and every screen of hers kept for offline: ` +
      `${kb(bytes.code + bytes.words + bytes.other)} of the app (code ${kb(bytes.code)}, words ${kb(bytes.words)}, ` +
      `icons and the rest ${kb(bytes.other)}) and ${kb(bytes.data)} of her records and account, in ${bytes.requests} downloads`,
  );
});
