import { test, expect, type Page } from "@playwright/test";
import { networkDownloads, openSignedIn, personOnPhone, signIn } from "./helpers";

/** Each address, and the heading that says its screen is open. */
type Screen = [string, string | RegExp];

async function opensEach(page: Page, screens: Screen[]) {
  for (const [path, heading] of screens) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: heading }), path).toBeVisible();
  }
}

/** Her plan drawn with the later screens' stylesheet: each part a card,
 * outlined, its heading a button with no border of its own (a browser's
 * own button and a bare section without it). */
async function planInParts(page: Page) {
  await page.goto("/my-plan");
  const fold = page.getByRole("heading", { level: 2 }).getByRole("button").first();
  await expect(fold).toBeVisible();
  expect(await fold.evaluate((button) => getComputedStyle(button).borderTopStyle)).toBe("none");
  expect(await fold.evaluate((button) => getComputedStyle(button.closest("section")!).borderTopStyle)).toBe("solid");
}

test("every screen of hers opens online and, after a reload, offline; her phone never fetches a staff screen", async ({ browser }) => {
  const context = await browser.newContext();
  const fetched: string[] = [];
  context.on("request", (request) => fetched.push(new URL(request.url()).pathname));
  const ella = await openSignedIn(context, "ella", "/my-plan");
  const screens: Screen[] = [
    ["/home", "Hi Ella"],
    ["/my-plan", "My plan"],
    ["/more", "More"],
    ["/my-messages", "Messages with Sam"],
    ["/my-goals", "My goals"],
    ["/my-voice", "My voice"],
    ["/my-contacts", "Meetings with Sam"],
    ["/people-who-help-me", "People who help me"],
    ["/written-about-me", "What's written about me"],
    ["/my-plan/versions", "Every version of my plan"],
    ["/this-phone", "This phone"],
    ["/signed-in", "Where you're signed in"],
  ];
  await opensEach(ella, screens);
  await planInParts(ella);
  await context.setOffline(true);
  await ella.reload();
  await opensEach(ella, screens);
  await planInParts(ella);
  expect(fetched.filter((path) => path.startsWith("/screens-staff-") || path.startsWith("/staff-"))).toEqual([]);
  expect(fetched.filter((path) => path.startsWith("/screens-her-")).length).toBeGreaterThan(0);
  await context.close();
});

/** Staff's screens drawn with staff's stylesheet (each young person on the
 * caseload a card, outlined: a bare link in a list without it) and staff's
 * menu (its code comes with the caseload's). */
async function caseloadInCards(page: Page) {
  await page.goto("/young-people");
  const card = page.getByRole("link", { name: /Ella Morris/ }).first();
  await expect(card).toBeVisible();
  expect(await card.evaluate((link) => getComputedStyle(link).borderTopStyle)).toBe("solid");
  const menu = page.getByRole("navigation", { name: "Main" });
  for (const name of ["Caseload", "Messages", "Voice", "Reports", "This phone"]) {
    await expect(menu.getByRole("link", { name, exact: false }).first(), name).toBeVisible();
  }
  await menu.getByRole("link", { name: /^Messages/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Messages" })).toBeVisible();
}

test("every staff screen opens online and, after a reload, offline, drawn with staff's styles and menu", async ({ browser }) => {
  const context = await browser.newContext();
  const fetched: string[] = [];
  context.on("request", (request) => fetched.push(new URL(request.url()).pathname));
  const her = await browser.newContext();
  const ella = await openSignedIn(her, "ella", "/my-plan");
  const id = await personOnPhone(ella);
  await her.close();
  const sam = await openSignedIn(context, "sam");
  const screens: Screen[] = [
    ["/young-people", "Caseload"],
    [`/young-people/${id}`, "Ella Morris's plan"],
    [`/young-people/${id}/contacts`, "Contacts with Ella Morris"],
    [`/young-people/${id}/goals`, "Ella Morris's goals"],
    [`/young-people/${id}/versions`, "Every version of Ella's plan"],
    ["/messages", "Messages"],
    [`/young-people/${id}/messages`, "Messages with Ella Morris"],
    ["/inbox", "Voice"],
    ["/this-phone", "This phone"],
    ["/signed-in", "Where you're signed in"],
  ];
  await opensEach(sam, screens);
  await caseloadInCards(sam);
  await context.setOffline(true);
  await sam.reload();
  await opensEach(sam, screens);
  await caseloadInCards(sam);
  expect(fetched.filter((path) => path.startsWith("/screens-her-"))).toEqual([]);
  expect(fetched.filter((path) => path.startsWith("/screens-staff-")).length).toBeGreaterThan(0);
  await context.close();
});

test("with no signal, a screen not yet on the phone says so and opens once she is back online", async ({ browser }) => {
  // No service worker, so nothing is kept ahead of time.
  const context = await browser.newContext({ serviceWorkers: "block" });
  const ella = await context.newPage();
  await signIn(ella, "ella");
  await expect(ella.getByRole("heading", { level: 1, name: "Hi Ella" })).toBeVisible();
  await context.setOffline(true);
  await ella.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Goals" }).click();
  await expect(ella.getByText("This screen isn't on this phone yet. It will open as soon as you're back online.")).toBeVisible();
  await context.setOffline(false);
  await expect(ella.getByRole("heading", { level: 1, name: "My goals" })).toBeVisible({ timeout: 15_000 });
  await context.close();
});

test("her tabs open each screen without loading the page again, mark the one that is open, and back and forward follow her", async ({ browser }) => {
  const context = await browser.newContext();
  const ella = await openSignedIn(context, "ella", "/my-plan/versions");
  const tabs = ella.getByRole("navigation", { name: "Main" });
  const tab = (name: string) => tabs.getByRole("link", { name, exact: true });
  const heading = (name: string) => ella.getByRole("heading", { level: 1, name });
  // Her plan's versions are under *Plan*, which is marked.
  await expect(heading("Every version of my plan")).toBeVisible();
  await expect(tab("Plan")).toHaveAttribute("aria-current", "page");
  let loads = 0;
  ella.on("load", () => (loads += 1));

  await tab("Home").click();
  await expect(heading("Hi Ella")).toBeVisible();
  await expect(ella).toHaveURL(/\/home$/);
  await expect(tab("Home")).toHaveAttribute("aria-current", "page");
  await expect(tab("Plan")).not.toHaveAttribute("aria-current", "page");
  await tab("Plan").click();
  await expect(heading("My plan")).toBeVisible();
  // From the keyboard too.
  await tab("Goals").focus();
  await ella.keyboard.press("Enter");
  await expect(heading("My goals")).toBeVisible();
  await expect(tab("Goals")).toHaveAttribute("aria-current", "page");

  // Tapping the tab of the screen she is on adds no step to go back.
  await tab("Goals").click();
  await expect(heading("My goals")).toBeVisible();

  await ella.goBack();
  await expect(heading("My plan")).toBeVisible();
  await expect(tab("Plan")).toHaveAttribute("aria-current", "page");
  await ella.goBack();
  await expect(heading("Hi Ella")).toBeVisible();
  await ella.goForward();
  await expect(heading("My plan")).toBeVisible();
  expect(loads).toBe(0);

  // An address that is no screen says so, and offers a way back.
  await ella.goto("/no-such-screen");
  await expect(heading("We can't find that page")).toBeVisible();
  await ella.getByRole("link", { name: "Go to the start" }).click();
  await expect(heading("Hi Ella")).toBeVisible();
  await expect(ella).toHaveURL(/\/home$/);
  await context.close();
});

for (const { locale, opening } of [
  { locale: "en-GB", opening: "Opening…" },
  { locale: "ar", opening: "جارٍ الفتح…" },
]) {
  test(`while the app's code comes she sees Pathway's bar and "${opening}", then the app in its place (${locale})`, async ({ browser }) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    // The app's code held back, as a slow connection would.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/_bg\.wasm$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto("/");
    await expect(page.getByRole("status")).toHaveText(opening);
    await expect(page.getByRole("banner")).toHaveText("Pathway");
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(0);

    release();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByText(opening)).toHaveCount(0);
    await expect(page.getByRole("banner")).toHaveCount(1);
    await context.close();
  });
}

/** A bundle's path without its build's hash. */
const bundleName = (path: string) => path.replace(/-[0-9a-f]{16}\.bin$/, "");

test("her first visit fetches only her home's code and styles; reading back what her phone kept comes with her next", async ({ browser }) => {
  // Without the worker, which would go on to keep all her screens.
  const context = await browser.newContext({ serviceWorkers: "block" });
  const fetched: string[] = [];
  context.on("request", (request) => fetched.push(new URL(request.url()).pathname));
  const bundles = () => fetched.filter((path) => path.startsWith("/screens-")).map(bundleName).sort();
  const ella = await context.newPage();
  await signIn(ella, "ella");
  await expect(ella.getByRole("heading", { level: 1, name: "Hi Ella" })).toBeVisible();
  await expect(ella.getByRole("status")).toContainText("Up to date");
  await expect(ella.getByRole("link", { name: "Messages with Sam" })).toBeVisible();
  expect(bundles()).toEqual(["/screens-her-home", "/screens-her-start"]);
  const laterSheet = () => fetched.filter((path) => path.startsWith("/later-"));
  expect(laterSheet()).toEqual([]);

  await ella.reload();
  await expect(ella.getByRole("heading", { level: 1, name: "Hi Ella" })).toBeVisible();
  await expect(ella.getByRole("link", { name: "Messages with Sam" })).toBeVisible();
  expect(bundles()).toContain("/screens-her-kept");
  expect(bundles().filter((path) => !path.startsWith("/screens-her-"))).toEqual([]);
  expect(laterSheet()).toEqual([]);

  // The first screen after her home brings the later screens' styles.
  await planInParts(ella);
  expect(laterSheet()).toHaveLength(1);
  await context.close();
});

test("her first visit downloads the app's code once: the worker keeps it from the browser's cache", async ({ browser }) => {
  const context = await browser.newContext();
  const network = networkDownloads(context);
  const page = await openSignedIn(context, "ella");
  await expect(page.getByRole("heading", { level: 1, name: "Hi Ella" })).toBeVisible();
  await page.evaluate(async () => {
    const kept = async () => {
      const names = await caches.keys();
      const cache = await caches.open(names[names.length - 1]);
      return (await cache.keys()).some((request) => new URL(request.url).pathname.startsWith("/screens-her-screens-"));
    };
    while (!(await kept())) await new Promise((done) => setTimeout(done, 100));
  });
  const code = [...(await network.sofar())].filter(([path]) => /\.(wasm|bin|js|css|txt)$/.test(path) && path !== "/sw.js");
  expect(code.some(([path]) => path.endsWith("_bg.wasm"))).toBe(true);
  expect(code.filter(([, sizes]) => sizes.length > 1)).toEqual([]);
  // Her screens' code in her five bundles, and none of staff's.
  expect(code.map(([path]) => path).filter((path) => path.startsWith("/screens-")).map(bundleName).sort())
    .toEqual(["/screens-her-home", "/screens-her-kept", "/screens-her-plan", "/screens-her-screens", "/screens-her-start"]);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Hi Ella" })).toBeVisible();
  await page.goto("/my-plan");
  await expect(page.getByRole("heading", { level: 1, name: "My plan" })).toBeVisible();
  await context.close();
});

test("an adviser's phone takes every screen's code from staff's bundles, even the screens a young person has too", async ({ browser }) => {
  const context = await browser.newContext();
  const network = networkDownloads(context);
  const page = await openSignedIn(context, "sam");
  await expect(page.getByRole("heading", { level: 1, name: "Caseload" })).toBeVisible();
  await page.getByRole("link", { name: "This phone" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "This phone" })).toBeVisible();
  const bundles = [...(await network.sofar()).keys()].filter((path) => path.startsWith("/screens-"));
  expect(bundles.length).toBeGreaterThan(0);
  expect(bundles.filter((path) => !path.startsWith("/screens-staff-"))).toEqual([]);
  await context.close();
});
