import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "pathway-demo";

/** Signs in through the form, as a person would. */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Waits until the service worker controls the page, so it can open offline. */
export async function waitForOfflineShell(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Everything Pathway keeps in this page's localStorage, key by key. */
export async function savedOnPhone(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const saved: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key) saved[key] = localStorage.getItem(key) ?? "";
    }
    return saved;
  });
}

export const PLAN_PARTS = [
  "Contact and support",
  "Education and training",
  "Work and other activities",
  "If things go wrong",
  "Where I live",
  "Family and friends",
  "Skills for living on my own",
  "Money",
  "Health and wellbeing",
  "Who I am",
];

/** The headings of the plan's ten parts (a plan page has other headings too). */
export function planPartHeadings(page: Page) {
  return page.getByRole("heading", { level: 2, name: new RegExp(`^(${PLAN_PARTS.join("|")})$`) });
}

/** How far the page scrolls sideways (0 when the text reflows to fit). */
export async function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
