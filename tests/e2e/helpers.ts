import { expect, type APIRequestContext, type BrowserContext, type Page } from "@playwright/test";
import { execFileSync } from "node:child_process";

export const DEMO_PASSWORD = "pathway-demo";

/** Signs in through the form, as a person would. */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** A new page in `context`, signed in and synced, that can open offline
 *  (at `path`, if given). */
export async function openSignedIn(context: BrowserContext, username: string, path?: string): Promise<Page> {
  const page = await context.newPage();
  await signIn(page, username);
  await expect(page.getByRole("status")).toContainText("Up to date");
  if (path) {
    await page.goto(path);
  }
  await waitForOfflineShell(page);
  return page;
}

/** Opens her plan from the tabs at the foot of her screen. */
export async function openMyPlan(page: Page) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Plan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My plan" })).toBeVisible();
}

/** Unfolds one part of the plan on screen (if it is folded); the part. */
export async function openPart(page: Page, part: string) {
  const section = page.getByRole("region", { name: part });
  const fold = section.getByRole("button", { name: part, exact: true });
  if ((await fold.getAttribute("aria-expanded")) !== "true") await fold.click();
  await expect(fold).toHaveAttribute("aria-expanded", "true");
  return section;
}

/** Writes `words` in one part of the plan on screen, and saves them. */
export async function writeWords(page: Page, part: string, words: string) {
  const section = await openPart(page, part);
  await section.getByRole("button", { name: /Add what|Change these words/ }).click();
  await section.getByRole("textbox").fill(words);
  await section.getByRole("button", { name: "Save" }).click();
  await expect(section.locator("blockquote")).toHaveText(words);
}

/** Opens `name` from her More screen. */
export async function openFromMore(page: Page, name: string) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "More" }).click();
  await page.getByRole("main").getByRole("link", { name, exact: true }).click();
}

/** Opens This phone from the menu (hers is under More) and presses Sign
 *  out there. */
export async function signOut(page: Page) {
  const menu = page.getByRole("navigation", { name: "Main" });
  const more = menu.getByRole("link", { name: "More" });
  if (await more.count()) {
    await more.click();
    await page.getByRole("main").getByRole("link", { name: "This phone" }).click();
  } else {
    await menu.getByRole("link", { name: "This phone" }).click();
  }
  await page.getByRole("button", { name: "Sign out" }).click();
}

/** Waits until the service worker controls the page and keeps every screen
 *  of the person signed in, so any of them opens offline. */
export async function waitForOfflineShell(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The worker takes charge of open pages as it starts; a page it missed is
  // in its charge from its next load on, as a person's would be.
  const controlled = () => navigator.serviceWorker.controller !== null;
  const inCharge = await page
    .waitForFunction(controlled, undefined, { polling: 100, timeout: 5_000 })
    .then(() => true, () => false);
  if (!inCharge) {
    await page.reload();
    await page.waitForFunction(controlled, undefined, { polling: 100 });
  }
  await expect(page.locator(".sync-status")).toHaveAttribute("data-screens", "ready", { timeout: 30_000 });
}

/** Everything Pathway keeps in this page's localStorage, key by key. */
export async function savedOnPhone(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const saved: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key) saved[key] = localStorage.getItem(key) ?? "";
    }
    // Opening a database that doesn't exist would create it empty, and the
    // app's own open would then find no store in it.
    if (!(await indexedDB.databases()).some((d) => d.name === "pathway")) return saved;
    const done = <T>(request: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const db = await done(indexedDB.open("pathway"));
    const kept = db.transaction("kept").objectStore("kept");
    const [keys, values] = await Promise.all([done(kept.getAllKeys()), done(kept.getAll())]);
    keys.forEach((key, i) => (saved[String(key)] = values[i]));
    db.close();
    return saved;
  });
}

/** Removes one value the app keeps, from whichever store holds it. */
export async function removeFromPhone(page: Page, key: string): Promise<void> {
  await changeKept(page, key, null);
}

/** Writes over the value IndexedDB keeps under `key`, as a broken save might. */
export async function overwriteKept(page: Page, key: string, value: string): Promise<void> {
  await changeKept(page, key, value);
}

async function changeKept(page: Page, key: string, value: string | null): Promise<void> {
  await page.evaluate(
    async ({ key, value }) => {
      if (value === null) localStorage.removeItem(key);
      if (!(await indexedDB.databases()).some((d) => d.name === "pathway")) return;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open("pathway");
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction("kept", "readwrite");
      if (value === null) tx.objectStore("kept").delete(key);
      else tx.objectStore("kept").put(value, key);
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { key, value },
  );
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

/** Signs her in and opens her plan from her home screen. */
export async function signInToPlan(page: Page, username: string) {
  await signIn(page, username);
  await expect(page.getByRole("heading", { level: 1, name: /^Hi / })).toBeVisible();
  await openMyPlan(page);
}

/** How far the page scrolls sideways (0 when the text reflows to fit). */
export async function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Whether the server holds `text` anywhere `username` may see it. */
export async function serverHas(request: APIRequestContext, username: string, text: string): Promise<boolean> {
  const login = await request.post("/api/auth/login", { data: { username, password: DEMO_PASSWORD } });
  const { token } = (await login.json()) as { token: string };
  const headers = { authorization: `Bearer ${token}` };
  let cursor = 0;
  for (;;) {
    const page = await (await request.get(`/api/sync/pull?cursor=${cursor}`, { headers })).json();
    if (JSON.stringify(page.records).includes(text)) return true;
    if (!page.more) return false;
    cursor = page.cursor;
  }
}

/** Runs `pathway-server …` against the test server's own database. */
export function serverCommand(...args: string[]): string {
  const server = process.env.PATHWAY_SERVER_BIN ?? "pathway-server";
  const dataDir = process.env.PATHWAY_E2E_DATA_DIR ?? "";
  return execFileSync(server, ["--data-dir", dataDir, ...args], { encoding: "utf8" });
}

/** The signed-in person's bearer token, as the phone keeps it. */
export async function tokenOnPhone(page: Page): Promise<string> {
  return page.evaluate(() => JSON.parse(localStorage.getItem("pathway.session") ?? "{}").token as string);
}

/** The signed-in person's id, which names the phone's keys for them. */
export async function personOnPhone(page: Page): Promise<string> {
  return page.evaluate(() => JSON.parse(localStorage.getItem("pathway.session") ?? "{}").user.id as string);
}

/** What `context` downloads over the network, the service worker's own
 *  fetches included: each path with the compressed size of each download.
 *  An answer from the browser's cache or the worker's has no body that
 *  came over the network (Chromium gives its size as 0 or less) and is
 *  left out. */
export function networkDownloads(context: BrowserContext) {
  const downloads = new Map<string, number[]>();
  const pending: Promise<void>[] = [];
  let last = Date.now();
  // Once counted, a request finishing later is not; its sizes can no
  // longer be read once the test closes the page, and that must not fail
  // the run.
  let counting = true;
  context.on("requestfinished", (request) => {
    last = Date.now();
    pending.push(
      (async () => {
        const sizes = await request.sizes().catch((error: unknown) => {
          if (counting) throw error;
          return undefined;
        });
        if (!sizes || sizes.responseBodySize <= 0) return;
        const { responseBodySize } = sizes;
        const path = new URL(request.url()).pathname;
        downloads.set(path, [...(downloads.get(path) ?? []), responseBodySize]);
      })(),
    );
  });
  return {
    /** Everything downloaded so far, once each finished request is counted. */
    async sofar() {
      await Promise.all(pending);
      counting = false;
      return downloads;
    },
    /** Waits until nothing has been fetched for `quiet` ms. */
    async settled(quiet = 3_000) {
      while (Date.now() - last < quiet) await new Promise((done) => setTimeout(done, 250));
    },
  };
}
