import { test, expect, type Page } from "@playwright/test";
import { savedOnPhone, signIn, waitForOfflineShell } from "../e2e/helpers";

// How long a big team takes to reach the screen, and how much the phone
// keeps for it. Printed, not asserted: a benchmark, not a timed test.

const results: string[] = [];

test.afterAll(() => {
  console.log(["", "Caseload of the generated team (release build, Chromium, 360 px):", ...results].join("\n"));
});

async function caseloadShown(page: Page, people: number) {
  await expect(page.getByRole("listitem")).toHaveCount(people, { timeout: 300_000 });
}

for (const [who, username, people] of [
  ["manager", "sample-manager", 200],
  ["adviser", "sample-adviser-1", 25],
] as const) {
  test(`${who}: first sign-in, then opening the app online and offline`, async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, username);
    const signedIn = Date.now();
    await expect(page.getByRole("listitem").first()).toBeVisible({ timeout: 300_000 });
    const firstCard = Date.now() - signedIn;
    await expect(page.getByRole("status")).toContainText("Up to date", { timeout: 300_000 });
    await caseloadShown(page, people);
    const whole = Date.now() - signedIn;
    await waitForOfflineShell(page);

    const kept = await savedOnPhone(page);
    const id = await page.evaluate(() => JSON.parse(localStorage.getItem("pathway.session") ?? "{}").user?.id);
    const cache = kept[`pathway.${id}.cache`] ?? "";
    const records = Object.keys(JSON.parse(cache).pulled ?? {}).length;
    const localStorageChars = Object.entries(kept)
      .filter(([key]) => !key.endsWith(".cache"))
      .reduce((sum, [key, value]) => sum + key.length + value.length, 0);

    const open = async () => {
      const started = Date.now();
      await page.goto("/young-people");
      await caseloadShown(page, people);
      return Date.now() - started;
    };
    const online = [await open(), await open(), await open()];
    await context.setOffline(true);
    const offline = [await open(), await open(), await open()];
    await page.getByRole("link", { name: "This phone" }).click();
    const thisPhone = await page.getByText(/ records · /).textContent();
    await context.close();

    const median = (runs: number[]) => [...runs].sort((a, b) => a - b)[1];
    results.push(
      `${who} (${username}, ${people} young people): ${records} records; ` +
        `replica in IndexedDB ${(cache.length / 1e6).toFixed(1)} MB of JSON (${((2 * cache.length) / 2 ** 20).toFixed(1)} MiB as UTF-16), ` +
        `localStorage ${(localStorageChars / 1000).toFixed(1)} K characters; This phone says "${thisPhone}"`,
      `  first sign-in: first card after ${firstCard} ms, whole caseload pulled, saved and shown after ${whole} ms`,
      `  app start to caseload on screen, median of 3: online ${median(online)} ms (${online.join(", ")}), ` +
        `offline ${median(offline)} ms (${offline.join(", ")})`,
    );
  });
}
