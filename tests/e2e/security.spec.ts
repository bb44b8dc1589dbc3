import { test, expect, type Browser } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { signIn, signOut, openFromMore, openSignedIn, personOnPhone, savedOnPhone, serverCommand, tokenOnPhone, DEMO_PASSWORD } from "./helpers";

const ANDROID = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36";
const IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";

test("the whole app runs under its content security policy, with nothing refused", async ({ browser }) => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    (window as unknown as { refused: string[] }).refused = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { refused: string[] }).refused.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const page = await context.newPage();
  const first = await page.goto("/");
  expect(first?.headers()["content-security-policy"]).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
  await signIn(page, "sam");
  await expect(page.getByRole("status")).toContainText("Up to date");
  await page.getByRole("link", { name: /Ella Morris/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ella Morris's plan" })).toBeVisible();
  await page.getByRole("link", { name: "This phone" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "This phone" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "This phone" })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { refused: string[] }).refused)).toEqual([]);
  await context.close();
});

test("after too many wrong passwords she is told when she can try again", async ({ page }) => {
  // Jayden's account is not used by any other test, so holding it up for a
  // minute holds up nothing else.
  for (let i = 0; i < 6; i++) {
    await signIn(page, "jayden", "not the password");
    await expect(page.getByRole("alert")).toHaveText("That username and password don't match. Check them and try again.");
  }
  await signIn(page, "jayden", DEMO_PASSWORD);
  await expect(page.getByRole("alert")).toHaveText("Too many tries. To keep the account safe, you can try again in 1 minute.");
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("she sees everywhere she is signed in and signs out a lost phone, which then removes what it kept", async ({ browser }) => {
  // Someone of her own, so no other test's sign-ins are on her list.
  process.env.PATHWAY_PASSWORD = DEMO_PASSWORD;
  serverCommand("user", "add", "--council", "Riverside", "--username", "farah", "--name", "Farah Ali", "--role", "young_person", "--adviser", "sam", "--date-of-birth", "2007-03-14");
  const lostContext = await browser.newContext({ userAgent: IPHONE });
  const lost = await openSignedIn(lostContext, "farah");
  const context = await browser.newContext({ userAgent: ANDROID });
  const phone = await openSignedIn(context, "farah");

  await openFromMore(phone, "This phone");
  await phone.getByRole("link", { name: "See everywhere you're signed in" }).click();
  await expect(phone.getByRole("heading", { level: 1, name: "Where you're signed in" })).toBeVisible();
  const places = phone.getByRole("listitem");
  await expect(places).toHaveCount(2);
  await expect(places.filter({ hasText: "You're using this one" })).toContainText("Chrome on Android");
  await expect(places.filter({ hasText: "Safari on iPhone" })).toContainText("used just now");
  for (const scheme of ["light", "dark"] as const) {
    await phone.emulateMedia({ colorScheme: scheme });
    const scan = await new AxeBuilder({ page: phone }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
    expect(scan.violations, scheme).toEqual([]);
  }

  await phone.getByRole("button", { name: "Sign out Safari on iPhone" }).click();
  await expect(phone.getByRole("heading", { name: "Sign out Safari on iPhone?" })).toBeVisible();
  await phone.getByRole("button", { name: "Keep it signed in" }).click();
  await expect(places).toHaveCount(2);
  await phone.getByRole("button", { name: "Sign out Safari on iPhone" }).click();
  await phone.getByRole("button", { name: "Yes, sign out" }).click();
  await expect(phone.getByText("Safari on iPhone has been signed out.")).toBeVisible();
  await expect(places).toHaveCount(1);

  // The lost phone, open and online, hears at once and removes everything.
  await expect(lost.getByText(/You've been signed out of this phone from somewhere else/)).toBeVisible({ timeout: 5_000 });
  await expect.poll(() => savedOnPhone(lost)).toEqual({});
  await lostContext.close();
  await context.close();
});

test("a manager locks the account of a young person whose phone is lost: the phone removes everything, and she can sign in only once it is unlocked", async ({ browser }) => {
  process.env.PATHWAY_PASSWORD = DEMO_PASSWORD;
  serverCommand("user", "add", "--council", "Riverside", "--username", "bilal", "--name", "Bilal Ahmed", "--role", "young_person", "--adviser", "sam", "--date-of-birth", "2006-08-02");
  const lostContext = await browser.newContext();
  const lost = await openSignedIn(lostContext, "bilal");
  const id = await personOnPhone(lost);
  const context = await browser.newContext();
  const morgan = await openSignedIn(context, "morgan", `/young-people/${id}`);
  const account = morgan.getByRole("region", { name: "Bilal's account" });
  await expect(account).toContainText("If Bilal's phone is lost");
  for (const scheme of ["light", "dark"] as const) {
    await morgan.emulateMedia({ colorScheme: scheme });
    const scan = await new AxeBuilder({ page: morgan }).include(".account-lock").withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
    expect(scan.violations, scheme).toEqual([]);
  }
  await account.getByRole("button", { name: "Lock Bilal's account" }).click();
  await account.getByRole("button", { name: "Cancel" }).click();
  await account.getByRole("button", { name: "Lock Bilal's account" }).click();
  await expect(account.getByRole("heading", { name: "Lock Bilal's account?" })).toBeVisible();
  await account.getByRole("button", { name: "Yes, lock it" }).click();
  await expect(account.getByRole("status")).toHaveText("Bilal's account is locked.");
  await expect(account).toContainText("Bilal's account is locked. Bilal can't sign in", { timeout: 15_000 });

  // Open and online, the lost phone hears at once.
  await expect(lost.getByText("Your account has been locked, so Pathway has removed everything it kept on this phone. Contact your team to unlock it.")).toBeVisible({ timeout: 5_000 });
  await expect.poll(() => savedOnPhone(lost)).toEqual({});
  await signIn(lost, "bilal");
  await expect(lost.getByRole("alert").last()).toHaveText("This account is locked, so it can't sign in. Contact your team to unlock it.");

  await account.getByRole("button", { name: "Unlock Bilal's account" }).click();
  await expect(account.getByRole("status")).toHaveText("Bilal's account is unlocked, so Bilal can sign in again.");
  await signIn(lost, "bilal");
  await expect(lost.getByRole("heading", { name: "Hi Bilal", level: 1 })).toBeVisible();
  await lostContext.close();
  await context.close();
});

/** Sam opens a new young person's plan while every sync fails at its first
 * step, before it reports what was opened: the opening waits on his phone. */
async function openedUnreported(browser: Browser, username: string, name: string) {
  process.env.PATHWAY_PASSWORD = DEMO_PASSWORD;
  serverCommand("user", "add", "--council", "Riverside", "--username", username, "--name", name, "--role", "young_person", "--adviser", "sam", "--date-of-birth", "2006-03-02");
  const samContext = await browser.newContext();
  const sam = await openSignedIn(samContext, "sam");
  await samContext.route("**/api/sync/push", (route) => route.abort());
  await sam.getByRole("link", { name: new RegExp(name) }).click();
  await expect(sam.getByRole("heading", { level: 1, name: `${name}'s plan` })).toBeVisible();
  const id = sam.url().split("/").pop() ?? "";
  const waiting = () => sam.evaluate(() => Object.keys(localStorage).filter((k) => k.endsWith(".opened")).length);
  await expect.poll(waiting).toBe(1);
  return { samContext, sam, id, waiting };
}

/** Her team manager sees, once, that Sam opened the plan of young person `id`. */
async function managerSeesSamOpened(browser: Browser, id: string) {
  const morganContext = await browser.newContext();
  const morgan = await openSignedIn(morganContext, "morgan", `/young-people/${id}`);
  const looked = morgan.getByRole("region", { name: "Who has looked at this record" });
  await expect(looked.getByRole("listitem").filter({ hasText: "Sam Okafor (personal adviser) opened the plan —" })).toHaveCount(1);
  await morganContext.close();
}

test("what staff opened is reported as they sign out, when no sync has sent it yet", async ({ browser }) => {
  const { samContext, sam, id, waiting } = await openedUnreported(browser, "kwame", "Kwame Mensah");
  await signOut(sam);
  await expect(sam.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await expect.poll(waiting).toBe(0);
  await managerSeesSamOpened(browser, id);
  await samContext.close();
});

test("what staff opened is reported once the phone is back online, when they signed out with no signal", async ({ browser }) => {
  const { samContext, sam, id, waiting } = await openedUnreported(browser, "amal", "Amal Hassan");
  const token = await tokenOnPhone(sam);
  await samContext.setOffline(true);
  await signOut(sam);
  await expect(sam.getByRole("heading", { name: "Sign in" })).toBeVisible();
  expect(await waiting()).toBe(1);
  const toRevoke = () => sam.evaluate(() => localStorage.getItem("pathway.revoke"));
  expect(await toRevoke()).toContain(token);

  await samContext.setOffline(false);
  await expect.poll(waiting).toBe(0);
  await expect.poll(toRevoke).toBeNull();
  expect(await sam.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("pathway.")))).toEqual([]);
  const after = await sam.request.get("/api/me", { headers: { authorization: `Bearer ${token}` } });
  expect(after.status()).toBe(401);
  await managerSeesSamOpened(browser, id);
  await samContext.close();
});

test("a manager locks an adviser whose phone is lost from her team page, and unlocks it", async ({ browser }) => {
  process.env.PATHWAY_PASSWORD = DEMO_PASSWORD;
  serverCommand("user", "add", "--council", "Riverside", "--username", "idris", "--name", "Idris Bello", "--role", "personal_adviser", "--team", "Riverside leaving care team");
  const lostContext = await browser.newContext();
  const lost = await openSignedIn(lostContext, "idris");
  await expect(lost.getByRole("heading", { name: "Caseload", level: 1 })).toBeVisible();
  const context = await browser.newContext();
  const morgan = await openSignedIn(context, "morgan");
  await morgan.getByText("Your advisers' accounts").click();
  const team = morgan.getByRole("group").filter({ hasText: "Your advisers' accounts" });
  const idris = team.getByRole("listitem").filter({ has: morgan.getByRole("heading", { name: "Idris Bello" }) });
  await expect(idris).toContainText("Can sign in");
  for (const scheme of ["light", "dark"] as const) {
    await morgan.emulateMedia({ colorScheme: scheme });
    const scan = await new AxeBuilder({ page: morgan }).include(".team-accounts").withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
    expect(scan.violations, scheme).toEqual([]);
  }
  await idris.getByRole("button", { name: "Lock Idris Bello's account" }).click();
  await expect(idris.getByRole("heading", { name: "Lock Idris Bello's account?" })).toBeVisible();
  await idris.getByRole("button", { name: "Yes, lock it" }).click();
  await expect(team.getByRole("status")).toHaveText("Idris Bello's account is locked.");
  await expect(idris).toContainText("Locked: can't sign in");

  // Open and online, the lost phone hears at once.
  await expect(lost.getByText("Your account has been locked, so Pathway has removed everything it kept on this phone. Contact your team to unlock it.")).toBeVisible({ timeout: 5_000 });
  await expect.poll(() => savedOnPhone(lost)).toEqual({});

  await idris.getByRole("button", { name: "Unlock Idris Bello's account" }).click();
  await expect(team.getByRole("status")).toHaveText("Idris Bello's account is unlocked, so Idris Bello can sign in again.");
  await signIn(lost, "idris");
  await expect(lost.getByRole("heading", { name: "Caseload", level: 1 })).toBeVisible();
  await lostContext.close();
  await context.close();
});

test("what staff open is reported from the phone, even offline, and shown to the manager and to her", async ({ browser }) => {
  process.env.PATHWAY_PASSWORD = DEMO_PASSWORD;
  serverCommand("user", "add", "--council", "Riverside", "--username", "hana", "--name", "Hana Yusuf", "--role", "young_person", "--adviser", "sam", "--date-of-birth", "2005-01-20");
  const herContext = await browser.newContext();
  const hana = await openSignedIn(herContext, "hana");
  const id = await personOnPhone(hana);

  const samContext = await browser.newContext();
  const sam = await openSignedIn(samContext, "sam");
  // Opened with no signal: kept on his phone, reported once online.
  await samContext.setOffline(true);
  await sam.getByRole("link", { name: /Hana Yusuf/ }).click();
  await expect(sam.getByRole("heading", { level: 1, name: "Hana Yusuf's plan" })).toBeVisible();
  await sam.getByRole("link", { name: "Contacts and national data →" }).click();
  await expect(sam).toHaveURL(new RegExp(`/young-people/${id}/contacts$`));
  const waiting = () => sam.evaluate(() => Object.keys(localStorage).filter((k) => k.endsWith(".opened")).length);
  expect(await waiting()).toBe(1);
  await samContext.setOffline(false);
  await expect.poll(waiting, { timeout: 15_000 }).toBe(0);

  const morganContext = await browser.newContext();
  const morgan = await openSignedIn(morganContext, "morgan", `/young-people/${id}`);
  const looked = morgan.getByRole("region", { name: "Who has looked at this record" });
  await expect(looked.getByRole("listitem").filter({ hasText: "Sam Okafor (personal adviser) opened the plan —" })).toHaveCount(1);
  await expect(looked.getByRole("listitem").filter({ hasText: "Sam Okafor (personal adviser) opened the contacts and national data —" })).toHaveCount(1);
  for (const scheme of ["light", "dark"] as const) {
    await morgan.emulateMedia({ colorScheme: scheme });
    const scan = await new AxeBuilder({ page: morgan }).include(".who-looked").withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
    expect(scan.violations, scheme).toEqual([]);
  }

  // Her list shows what has reached the server: his opening, once sent.
  await expect.poll(() => morgan.evaluate(() => Object.keys(localStorage).filter((k) => k.endsWith(".opened")).length), { timeout: 15_000 }).toBe(0);
  await hana.goto("/written-about-me");
  const seen = hana.getByRole("region", { name: "Who has opened your records" });
  await expect(seen.getByRole("listitem").filter({ hasText: "Sam Okafor (personal adviser) opened your plan —" })).toHaveCount(1);
  await expect(seen.getByRole("listitem").filter({ hasText: "Morgan Hughes (team manager) opened your plan —" })).toHaveCount(1);
  await herContext.close();
  await samContext.close();
  await morganContext.close();
});
