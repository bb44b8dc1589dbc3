import { test, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import {
  openSignedIn,
  personOnPhone,
  savedOnPhone,
  removeFromPhone,
  overwriteKept,
  serverCommand,
  serverHas,
  signIn,
  signOut,
  openFromMore,
  openMyPlan,
  openPart,
  tokenOnPhone,
  writeWords,
  DEMO_PASSWORD,
} from "./helpers";

/** She tells her adviser something from My voice. */
async function sendStatement(page: Page, words: string) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Voice" }).click();
  await page.getByRole("button", { name: "Share good news" }).click();
  await page.getByRole("radio", { name: "Great" }).check();
  await page.getByLabel("What happened?").fill(words);
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByText("It's saved on this phone and will send by itself when you're online.")).toBeVisible();
}

/** She changes her words in one part of her plan, from wherever she is. */
async function writeMyWords(page: Page, part: string, words: string) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Plan" }).click();
  await writeWords(page, part, words);
}

async function scan(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
  expect(result.violations).toEqual([]);
}

test("signing out offline says what hasn't been sent, waits, sends it, then signs out by itself", async ({ browser, request }) => {
  const context = await browser.newContext();
  const ella = await openSignedIn(context, "ella", "/my-plan");
  await context.setOffline(true);
  const news = "I passed my driving theory test today!";
  await sendStatement(ella, news);
  await writeMyWords(ella, "Money", "I've opened a savings account.");

  await signOut(ella);
  await expect(ella.getByRole("heading", { level: 1, name: "Sign out" })).toBeVisible();
  await expect(ella.getByText("1 statement and 1 change to your plan haven't been sent yet.")).toBeVisible();
  await scan(ella);
  await ella.getByRole("button", { name: "Wait and send" }).click();
  await expect(ella.getByRole("main").getByRole("status")).toContainText("You'll be signed out as soon as 1 statement and 1 change to your plan are sent");

  // Closing and opening the app doesn't forget that she asked.
  await ella.reload();
  await expect(ella.getByRole("status").first()).toContainText("You'll be signed out once 2 changes are sent");

  await context.setOffline(false);
  await expect(ella.getByRole("heading", { name: "Sign in" })).toBeVisible({ timeout: 15_000 });
  await expect.poll(() => savedOnPhone(ella)).toEqual({});
  expect(await serverHas(request, "sam", news)).toBe(true);
  expect(await serverHas(request, "sam", "I've opened a savings account.")).toBe(true);
  await context.close();
});

test("signing out and deleting unsent changes takes a second step, and the token is revoked when back online", async ({ browser, request }) => {
  const context = await browser.newContext();
  const ella = await openSignedIn(context, "ella", "/my-plan");
  const token = await tokenOnPhone(ella);
  await context.setOffline(true);
  const words = "Words she decided not to send after all.";
  await writeMyWords(ella, "Family and friends", words);

  await signOut(ella);
  await expect(ella.getByText("1 change to your plan hasn't been sent yet.")).toBeVisible();
  await ella.getByRole("button", { name: "Sign out and delete them" }).click();
  await expect(ella.getByRole("heading", { name: "Delete 1 change to your plan?" })).toBeVisible();
  await ella.getByRole("button", { name: "Go back" }).click();
  await ella.getByRole("button", { name: "Sign out and delete them" }).click();
  await ella.getByRole("button", { name: "Delete them and sign out" }).click();
  await expect(ella.getByRole("heading", { name: "Sign in" })).toBeVisible();

  // Offline, the phone keeps only the token it must revoke.
  const kept = await savedOnPhone(ella);
  expect(Object.keys(kept)).toEqual(["pathway.revoke"]);
  expect(JSON.stringify(kept)).not.toContain(words);
  expect((await request.get("/api/me", { headers: { authorization: `Bearer ${token}` } })).status()).toBe(200);

  await context.setOffline(false);
  await expect.poll(() => savedOnPhone(ella), { timeout: 15_000 }).toEqual({});
  expect((await request.get("/api/me", { headers: { authorization: `Bearer ${token}` } })).status()).toBe(401);
  expect(await serverHas(request, "sam", words)).toBe(false);
  await context.close();
});

test("a stored replica that can't be read is set aside, and the change queued in it still reaches her adviser", async ({ browser, request }) => {
  const context = await browser.newContext();
  const ella = await openSignedIn(context, "ella", "/my-plan");
  const id = await personOnPhone(ella);
  await context.setOffline(true);
  const words = "I'd like to talk about college in September.";
  await writeMyWords(ella, "Education and training", words);

  // As an older app saved it (outbox and cache in one value, all in
  // localStorage), then cut short by a half-written save.
  const saved = await savedOnPhone(ella);
  await removeFromPhone(ella, `pathway.${id}.cache`);
  await ella.evaluate(({ id, saved }) => {
    const outbox = JSON.parse(saved[`pathway.${id}.outbox`] ?? "{}");
    const cache = JSON.parse(saved[`pathway.${id}.cache`] ?? "{}");
    // In the order the old app wrote its fields: the outbox came after the
    // records, so a cut at the end leaves it whole.
    const old = JSON.stringify({
      client_id: outbox.client_id,
      cursor: cache.cursor,
      scope: cache.scope,
      next_mutation_id: outbox.next_mutation_id,
      pulled: cache.pulled,
      outbox: outbox.entries,
      rejected: outbox.rejected,
      people: cache.people,
      rules: cache.rules,
      settings: cache.settings,
    });
    localStorage.removeItem(`pathway.${id}.outbox`);
    localStorage.setItem(`pathway.${id}.replica`, old.slice(0, old.length - 40));
  }, { id, saved });
  await ella.reload();
  await expect(ella.getByRole("status")).toContainText("1 change will send when you're online");

  await context.setOffline(false);
  await expect(ella.getByRole("status")).toContainText("Up to date", { timeout: 15_000 });
  await expect((await openPart(ella, "Education and training")).locator("blockquote")).toHaveText(words);
  expect(await serverHas(request, "sam", words)).toBe(true);
  const keys = Object.keys(await savedOnPhone(ella));
  expect(keys.filter((k) => k.startsWith(`pathway.${id}.unreadable.replica.`))).toHaveLength(1);
  expect(keys).not.toContain(`pathway.${id}.replica`);

  await openFromMore(ella, "This phone");
  await expect(ella.getByText(/1 saved copy that Pathway couldn't read after an update is kept aside/)).toBeVisible();
  await context.close();
});

/** A stored value the Rust tests of `sync::stored` read too. */
function storedFixture(name: string): string {
  return readFileSync(resolve(__dirname, "..", "..", "app", "src", "sync", "fixtures", name), "utf8");
}

test("changes an older app kept are read, and written back in exactly the text apps have always written", async ({ browser }) => {
  const context = await browser.newContext();
  const ella = await openSignedIn(context, "ella", "/my-plan");
  const id = await personOnPhone(ella);
  await context.setOffline(true);
  // An older app's value (outbox and cache in one), and its outbox as apps
  // have written it since, byte for byte (the Rust tests pin the same).
  const older = storedFixture("replica-format-0-settings.json");
  const writtenSince = storedFixture("outbox-format-1.json").trimEnd();
  await removeFromPhone(ella, `pathway.${id}.cache`);
  await ella.evaluate(({ id, older }) => {
    localStorage.removeItem(`pathway.${id}.outbox`);
    localStorage.setItem(`pathway.${id}.replica`, older);
  }, { id, older });
  await ella.reload();
  // Its one unsent statement waits to be sent; the change it had sent does not.
  await expect(ella.getByRole("status")).toContainText("1 change will send when you're online");
  const saved = await savedOnPhone(ella);
  expect(saved[`pathway.${id}.outbox`]).toBe(writtenSince);
  expect(saved).not.toHaveProperty(`pathway.${id}.replica`);
  await context.close();
});

test("a team's records are kept in IndexedDB; a copy there that can't be read is set aside and pulled again", async ({ browser }) => {
  const context = await browser.newContext();
  const ella = await openSignedIn(context, "ella", "/my-plan");
  const id = await personOnPhone(ella);
  const cacheKey = `pathway.${id}.cache`;
  const before = await savedOnPhone(ella);
  expect(JSON.parse(before[cacheKey]).pulled).toBeTruthy();
  expect(await ella.evaluate((key) => localStorage.getItem(key), cacheKey)).toBeNull();

  const cut = before[cacheKey].slice(0, before[cacheKey].length / 2);
  await overwriteKept(ella, cacheKey, cut);
  await ella.reload();
  await expect(ella.getByRole("heading", { name: "My plan", level: 1 })).toBeVisible();
  await expect(ella.getByRole("status")).toContainText("Up to date", { timeout: 15_000 });
  await expect((await openPart(ella, "Where I live"))).toBeVisible();
  const after = await savedOnPhone(ella);
  const aside = Object.keys(after).filter((k) => k.startsWith(`pathway.${id}.unreadable.cache.`));
  expect(aside).toHaveLength(1);
  expect(after[aside[0]]).toBe(cut);
  expect(JSON.parse(after[cacheKey]).cursor).toBeGreaterThan(0);
  await context.close();
});

test("a phone with no room for the offline copy says so in words and keeps working online", async ({ browser, request }) => {
  const context = await browser.newContext();
  // As a full phone answers: every write to IndexedDB is refused for space.
  await context.addInitScript(() => {
    IDBObjectStore.prototype.put = function () {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  const ella = await context.newPage();
  await signIn(ella, "ella");
  await expect(ella.getByRole("alert")).toContainText(
    "This phone is out of space, so Pathway can't keep a copy to use offline. It still works while you're online, and your changes are kept.",
  );
  await expect(ella.getByRole("heading", { level: 1, name: "Hi Ella" })).toBeVisible();
  const words = "I'd like to find out more about my grandad's village.";
  await writeMyWords(ella, "Who I am", words);
  await expect.poll(() => serverHas(request, "sam", words), { timeout: 15_000 }).toBe(true);
  await ella.getByRole("link", { name: "See what's on this phone" }).click();
  await expect(ella.locator("main").getByText("This phone is out of space")).toBeVisible();
  await context.close();
});

test("someone else signing in on her phone sees nothing of hers; her change arrives when she is back", async ({ browser, request }) => {
  const context = await browser.newContext();
  const phone = await openSignedIn(context, "ella", "/my-plan");
  const ellaId = await personOnPhone(phone);
  const token = await tokenOnPhone(phone);
  await context.setOffline(true);
  const words = "Family time with my nan on Sundays is helping a lot.";
  await writeMyWords(phone, "Family and friends", words);
  await request.post("/api/auth/logout", { headers: { authorization: `Bearer ${token}` } });
  await context.setOffline(false);
  await expect(phone.getByRole("heading", { name: "Sign in" })).toBeVisible({ timeout: 15_000 });

  // Sam picks up the same phone.
  await phone.getByLabel("Username").fill("sam");
  await phone.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await phone.getByRole("button", { name: "Sign in" }).click();
  await expect(phone.getByRole("heading", { level: 1, name: "Caseload" })).toBeVisible();
  await expect(phone.getByRole("status")).toContainText("Up to date");
  const keys = Object.keys(await savedOnPhone(phone));
  expect(keys.filter((k) => k.startsWith(`pathway.${ellaId}.`))).toEqual([`pathway.${ellaId}.outbox`]);
  await phone.getByRole("link", { name: /Ella Morris/ }).click();
  await expect(phone.getByRole("heading", { level: 1, name: "Ella Morris's plan" })).toBeVisible();
  await expect(phone.getByText(words)).toHaveCount(0);
  await phone.getByRole("link", { name: "This phone" }).click();
  await expect(phone.getByText(/Someone else who used Pathway on this phone has changes waiting/)).toBeVisible();
  expect(await serverHas(request, "sam", words)).toBe(false);
  await signOut(phone);
  await expect(phone.getByRole("heading", { name: "Sign in" })).toBeVisible();

  await signIn(phone, "ella");
  await expect(phone.getByRole("status")).toContainText("Up to date", { timeout: 15_000 });
  await openMyPlan(phone);
  await expect((await openPart(phone, "Family and friends")).locator("blockquote")).toHaveText(words);
  expect(await serverHas(request, "sam", words)).toBe(true);
  await context.close();
});

test("someone else signing in on her phone after everything of hers was sent leaves nothing of hers behind", async ({ browser, request }) => {
  const context = await browser.newContext();
  const phone = await openSignedIn(context, "ella", "/my-plan");
  const ellaId = await personOnPhone(phone);
  const token = await tokenOnPhone(phone);
  const words = "Sundays at my nan's are the best part of the week.";
  await writeMyWords(phone, "Family and friends", words);
  await expect(phone.getByRole("status")).toContainText("Up to date", { timeout: 15_000 });
  expect(await serverHas(request, "sam", words)).toBe(true);
  expect(Object.keys(await savedOnPhone(phone))).toContain(`pathway.${ellaId}.outbox`);
  await request.post("/api/auth/logout", { headers: { authorization: `Bearer ${token}` } });
  await phone.reload();
  await expect(phone.getByRole("heading", { name: "Sign in" })).toBeVisible({ timeout: 15_000 });

  await phone.getByLabel("Username").fill("sam");
  await phone.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await phone.getByRole("button", { name: "Sign in" }).click();
  await expect(phone.getByRole("heading", { level: 1, name: "Caseload" })).toBeVisible();
  await expect
    .poll(async () => Object.keys(await savedOnPhone(phone)).filter((k) => k.startsWith(`pathway.${ellaId}.`)))
    .toEqual([]);
  await phone.getByRole("link", { name: "This phone" }).click();
  await expect(phone.getByRole("heading", { level: 1, name: "This phone" })).toBeVisible();
  await expect(phone.getByText(/Someone else who used Pathway on this phone has changes waiting/)).toHaveCount(0);
  await context.close();
});

test("someone else signing in on her phone keeps what she was still writing, and she finds it when she is back", async ({ browser, request }) => {
  const context = await browser.newContext();
  const phone = await openSignedIn(context, "ella", "/my-plan");
  const ellaId = await personOnPhone(phone);
  const token = await tokenOnPhone(phone);
  await writeMyWords(phone, "Family and friends", "My sister visits on Saturdays now.");
  await expect(phone.getByRole("status")).toContainText("Up to date", { timeout: 15_000 });
  await openFromMore(phone, "Messages");
  const unsent = "Can I bring my sister to our next meeting?";
  await phone.getByLabel("Your message").fill(unsent);
  await request.post("/api/auth/logout", { headers: { authorization: `Bearer ${token}` } });
  await phone.reload();
  await expect(phone.getByRole("heading", { name: "Sign in" })).toBeVisible({ timeout: 15_000 });

  await signIn(phone, "sam");
  await expect(phone.getByRole("heading", { level: 1, name: "Caseload" })).toBeVisible();
  await expect(phone.getByRole("status")).toContainText("Up to date");
  const hers = async () => Object.keys(await savedOnPhone(phone)).filter((k) => k.startsWith(`pathway.${ellaId}.`)).sort();
  await expect.poll(hers).toEqual([`pathway.${ellaId}.outbox`, `pathway.${ellaId}.writing.message.${ellaId}`]);
  await signOut(phone);
  await expect(phone.getByRole("heading", { name: "Sign in" })).toBeVisible();

  await signIn(phone, "ella");
  await openFromMore(phone, "Messages");
  await expect(phone.getByLabel("Your message")).toHaveValue(unsent);
  await context.close();
});

test("signed out from elsewhere, because a phone was lost, the phone removes everything it kept", async ({ browser }) => {
  const context = await browser.newContext();
  const ella = await openSignedIn(context, "ella", "/my-plan");
  await context.setOffline(true);
  await writeMyWords(ella, "Who I am", "Something only for this phone's owner.");
  expect(serverCommand("user", "sign-out", "--username", "ella")).toContain("Signed ella out of");
  await context.setOffline(false);
  await expect(ella.getByRole("heading", { name: "Sign in" })).toBeVisible({ timeout: 15_000 });
  await expect(ella.getByText(/signed out of this phone from somewhere else/)).toBeVisible();
  expect(await savedOnPhone(ella)).toEqual({});
  await ella.goto("/my-plan");
  await expect(ella.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await context.close();
});

test("This phone leaves the sizes out while it measures them, rather than saying 0 KB", async ({ browser }) => {
  const context = await browser.newContext();
  const ella = await openSignedIn(context, "ella");
  // Everything the sizes ever said, from the moment the screen is drawn.
  await ella.addInitScript(() => {
    const said: string[] = [];
    Object.assign(window, { pathwaySizesSaid: said });
    new MutationObserver(() => {
      const facts = document.querySelector(".facts");
      if (facts) said.push(`${facts.getAttribute("aria-busy")}|${facts.textContent}`);
    }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  await ella.goto("/this-phone");
  await expect(ella.getByRole("definition").first()).toContainText(/\d+ records · [1-9]\d* KB/);
  const said = await ella.evaluate(() => (window as unknown as { pathwaySizesSaid: string[] }).pathwaySizesSaid);
  expect(said.some((text) => text.startsWith("true|")), "marked busy while measuring").toBe(true);
  expect(said.filter((text) => / 0 KB/.test(text))).toEqual([]);
  await context.close();
});

test("This phone shows what is kept and what waits; it sends once online, and then offers to check for updates", async ({ browser, request }) => {
  const context = await browser.newContext();
  const ella = await openSignedIn(context, "ella", "/my-plan");
  await context.setOffline(true);
  const news = "I got the flat I wanted!";
  await sendStatement(ella, news);
  await openFromMore(ella, "This phone");
  await expect(ella.getByRole("heading", { level: 1, name: "This phone" })).toBeVisible();
  await expect(ella.getByText("1 statement hasn't been sent yet. It's safe on this phone.")).toBeVisible();
  await expect(ella.getByRole("definition").first()).toContainText(/\d+ records · \d+ KB/);
  await scan(ella);
  // Tried with no signal, it keeps her words and says they wait.
  await ella.getByRole("button", { name: "Send now" }).click();
  await expect(ella.getByText("1 statement hasn't been sent yet. It's safe on this phone.")).toBeVisible();

  await context.setOffline(false);
  await expect(ella.getByText("Nothing is waiting: everything has been sent.")).toBeVisible({ timeout: 15_000 });
  expect(await serverHas(request, "sam", news)).toBe(true);
  // With nothing to send, the button fetches what is new instead.
  await expect(ella.getByRole("button", { name: "Send now" })).toHaveCount(0);
  const pulled = ella.waitForRequest((r) => new URL(r.url()).pathname === "/api/sync/pull");
  await ella.getByRole("button", { name: "Check for updates" }).click();
  await pulled;
  await expect(ella.getByRole("button", { name: "Check for updates" })).toBeEnabled();
  await context.close();
});

test("signing out names what she started writing and hasn't sent, leads back to it, and deletes it only when she says", async ({ browser }) => {
  const context = await browser.newContext();
  const ella = await openSignedIn(context, "ella", "/my-plan");
  const message = "Can we meet somewhere quieter next time?";
  await openFromMore(ella, "Messages");
  await ella.getByLabel("Your message").fill(message);
  const news = "I got the flat near my college";
  await ella.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Voice" }).click();
  await ella.getByRole("button", { name: "Share good news" }).click();
  await ella.getByLabel("What happened?").fill(news);

  await signOut(ella);
  const unfinished = ella.getByRole("group", { name: "Not finished yet" });
  await expect(unfinished).toContainText("You started writing these but haven't sent or saved them. Signing out deletes them from this phone.");
  await expect(unfinished.getByRole("link")).toHaveText(["A message", "Share good news, in My voice"]);
  // Nothing waits to be sent, but signing out is not "everything sent".
  await expect(ella.getByText("Everything has been sent.")).toHaveCount(0);
  await expect(ella.getByRole("button", { name: "Sign out", exact: true })).toHaveCount(0);
  await scan(ella);

  await unfinished.getByRole("link", { name: "Share good news, in My voice" }).click();
  await expect(ella.getByLabel("What happened?")).toHaveValue(news);
  await signOut(ella);
  await ella.getByRole("group", { name: "Not finished yet" }).getByRole("link", { name: "A message" }).click();
  await expect(ella.getByLabel("Your message")).toHaveValue(message);

  await signOut(ella);
  await ella.getByRole("button", { name: "Sign out and delete them" }).click();
  await expect(ella.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await expect.poll(() => savedOnPhone(ella), { timeout: 15_000 }).toEqual({});
  await signIn(ella, "ella");
  await openFromMore(ella, "Messages");
  await expect(ella.getByLabel("Your message")).toHaveValue("");
  await context.close();
});

test("signing out, staff see whose unfinished contact note it is, and going back to it keeps them signed in", async ({ browser }) => {
  const context = await browser.newContext();
  const sam = await openSignedIn(context, "sam", "/young-people");
  await sam.getByRole("link", { name: /Ella Morris/ }).click();
  await sam.getByRole("link", { name: "Contacts and national data →" }).click();
  await sam.getByRole("button", { name: "Log a contact" }).click();
  const notes = "Talked about her new flat and the move date.";
  await sam.getByLabel("What we talked about").fill(notes);
  await context.setOffline(true);

  await signOut(sam);
  const unfinished = sam.getByRole("group", { name: "Not finished yet" });
  await expect(unfinished.getByRole("link")).toHaveText(["A contact note – Ella Morris"]);
  await unfinished.getByRole("link", { name: "A contact note – Ella Morris" }).click();
  await expect(sam.getByRole("heading", { level: 1, name: "Contacts with Ella Morris" })).toBeVisible();
  await expect(sam.getByLabel("What we talked about")).toHaveValue(notes);
  expect(Object.keys(await savedOnPhone(sam))).toContain("pathway.session");
  await context.close();
});
