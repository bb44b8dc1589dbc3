import { test, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { DEMO_PASSWORD, openPart, openSignedIn, serverCommand, tokenOnPhone, waitForOfflineShell } from "./helpers";

// A team of its own, so the language kept on its accounts changes nothing
// other tests see (Selam's ends in English; Dawit's never has one; the
// Maria and Dawit of each run choose how they are spoken to).
// (A worker started again after a failure finds her there already.)
function add(...args: string[]) {
  process.env.PATHWAY_PASSWORD = DEMO_PASSWORD;
  try {
    serverCommand("user", "add", "--council", "Riverside", ...args);
  } catch (error) {
    if (!String(error).includes("already taken")) throw error;
  }
}

test.beforeAll(() => {
  add("--username", "ruth", "--name", "Ruth Mensah", "--role", "team_manager", "--team", "Westbrook leaving care team");
  add("--username", "yonas", "--name", "Yonas Berhe", "--role", "personal_adviser", "--team", "Westbrook leaving care team");
  for (const [username, name] of [["selam", "Selam Tesfay"], ["dawit", "Dawit Haile"]]) addYoungPerson(username, name);
});

function addYoungPerson(username: string, name: string) {
  add("--username", username, "--name", name, "--role", "young_person", "--adviser", "yonas", "--date-of-birth", "2008-02-11");
}

const AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** A language's words, read from its translation files (both parts): the
 *  keys, and each message written without a placeholder, by key; a message
 *  that chooses only by her gender is read as it speaks to `gender`
 *  ("other": the words that fit either, until she chooses). */
function wordsOf(code: string, gender: "feminine" | "masculine" | "other" = "other") {
  const source = ["first", "later"]
    .map((part) => readFileSync(resolve(__dirname, "..", "..", "app", "lang", code, `${part}.ftl`), "utf8"))
    .join("\n");
  const keys: string[] = [];
  const plain = new Map<string, string>();
  const lines = source.split("\n");
  for (const [at, line] of lines.entries()) {
    const found = /^([a-z][a-z0-9-]*) = (.*)$/.exec(line);
    if (found) {
      keys.push(found[1]);
      if (!found[2].includes("{")) plain.set(found[1], found[2].trim());
    } else if (/^([a-z][a-z0-9-]*) =$/.test(line)) {
      const key = line.slice(0, -2);
      keys.push(key);
      if (lines[at + 1]?.trim() !== "{ $gender ->") continue;
      const variants = new Map<string, string>();
      for (const variant of lines.slice(at + 2)) {
        const chosen = /^\s*(\*?)\[(\w+)\] (.*)$/.exec(variant);
        if (!chosen || chosen[3].includes("{")) break;
        variants.set(chosen[2], chosen[3].trim());
      }
      const words = variants.get(gender) ?? variants.get("other");
      if (words) plain.set(key, words);
    }
  }
  return { keys, plain };
}

const english = wordsOf("en");

/** Her screens whose words come from her language, each with what shows
 *  it has opened. */
const HER_SCREENS = ["/home", "/more", "/people-who-help-me", "/my-voice", "/my-voice?about=something-wrong", "/my-messages", "/my-contacts", "/signed-in", "/this-phone", "/sign-out", "/my-goals", "/my-plan", "/written-about-me", "/no-such-page"];

/** Fails on any English left on the screen, any message key shown in place
 *  of words, and anything wider than the phone. */
async function speaksHerLanguage(page: Page, code: string, where: string) {
  const hers = wordsOf(code);
  // English's words, but for any her language writes the same ("Plan").
  const untranslated = [...english.plain]
    .filter(([key, words]) => hers.plain.get(key) !== words)
    .map(([, words]) => words);
  const lines = (await page.locator("body").innerText()).split("\n").map((l) => l.trim());
  const names = await page.locator("[aria-label]").evaluateAll((all) => all.map((e) => e.getAttribute("aria-label") ?? ""));
  for (const shown of [...lines, ...names]) {
    expect(untranslated, `English on ${where}: ${shown}`).not.toContain(shown);
    expect(english.keys, `a message key on ${where}: ${shown}`).not.toContain(shown);
  }
  const text = lines.join(" ");
  for (const message of untranslated.filter((m) => m.split(" ").length >= 3)) {
    expect(text, `English on ${where}`).not.toContain(message);
  }
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(wide, `${where} is wider than the phone`).toBeLessThanOrEqual(360);
}

/** Fails on a date written in English: days and months are written as her
 *  language writes them (or as digits where the browser cannot). */
async function datesInHerLanguage(page: Page, where: string) {
  const text = await page.locator("main").innerText();
  expect(text, `an English date on ${where}`).not.toMatch(
    /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d|\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/,
  );
}

async function signInAs(page: Page, username: string, submit: string) {
  await page.locator("#username").fill(username);
  await page.locator("#password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: submit }).click();
}

for (const { locale, script, dir, signIn, home, tabs } of [
  { locale: "pl-PL", script: "Latin", dir: "ltr", signIn: "Zaloguj się", home: "Cześć, Selam", tabs: "Menu główne" },
  { locale: "ar", script: "Arabic", dir: "rtl", signIn: "تسجيل الدخول", home: "مرحبًا Selam", tabs: "القائمة الرئيسية" },
  { locale: "ti", script: "Ethiopic", dir: "ltr", signIn: "እተዉ", home: "ሰላም Selam", tabs: "ቀንዲ ዝርዝር" },
]) {
  test(`a phone set to ${locale} opens her screens in it (${script} script), with no English left and nothing too wide`, async ({ browser }) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    const words: string[] = [];
    page.on("request", (request) => {
      if (new URL(request.url()).pathname.startsWith("/lang/")) words.push(new URL(request.url()).pathname);
    });
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: signIn })).toBeVisible();
    const code = locale.split("-")[0];
    await expect(page.locator("html")).toHaveAttribute("lang", code);
    await expect(page.locator("html")).toHaveAttribute("dir", dir);
    await speaksHerLanguage(page, code, "the sign-in screen");

    await signInAs(page, "selam", signIn);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(new RegExp(home.replace(" ", "\\s*\\u2068?")));
    await waitForOfflineShell(page);
    // Her first visit, to her home, fetched only the first part of her
    // words; the rest come when another screen opens.
    expect(words.map((w) => w.split("-").slice(0, 2).join("-"))).toEqual([`/lang/${code}-first`]);
    if (code === "ti") {
      // The browser has no Tigrinya month names: the date goes as digits,
      // never as "2026 M12 3".
      await expect(page.locator("time").first()).toHaveText(/^\d{1,2}\/\d{1,2}\/\d{4}$/);
    }
    for (const path of HER_SCREENS) {
      await page.goto(path);
      await expect(page.getByRole("navigation", { name: tabs })).toBeVisible();
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await speaksHerLanguage(page, code, path);
      if (path === "/signed-in") {
        // The server keeps "Chrome on Linux"; she reads it in her language.
        await expect(page.locator(".device").first()).toContainText("Chrome");
        await expect(page.locator("main")).not.toContainText(" on Linux");
      }
      if (path === "/this-phone" && code !== "ti") {
        // How much room Pathway takes, in her language's words for it.
        await expect(page.locator(".facts")).toContainText(/\d/);
        await expect(page.locator(".facts")).not.toContainText(/\d KB/);
      }
      if (path === "/my-plan") {
        // A part opened, and her form to ask for a review.
        const hers = wordsOf(code).plain;
        await page.getByRole("button", { name: hers.get("part-money"), exact: true }).click();
        await expect(page.getByRole("heading", { name: hers.get("plan-whats-planned") })).toBeVisible();
        await page.getByRole("button", { name: hers.get("plan-ask-review") }).click();
        await expect(page.getByLabel(hers.get("plan-review-why")!)).toBeVisible();
        await speaksHerLanguage(page, code, "her plan, a part open, asking for a review");
      }
      if (path === "/my-goals") {
        // Her form for a goal of her own, and its complaint when empty.
        const hers = wordsOf(code).plain;
        await page.getByRole("button", { name: hers.get("goals-add") }).click();
        await page.getByRole("button", { name: hers.get("goals-save"), exact: true }).click();
        await expect(page.getByRole("alert")).toHaveText(hers.get("goals-choose-bee")!);
        await speaksHerLanguage(page, code, "adding a goal");
      }
    }
    // Only her language's words came down the wire, each part once a page.
    expect(new Set(words.map((w) => w.split("-").slice(0, 2).join("-")))).toEqual(
      new Set([`/lang/${code}-first`, `/lang/${code}-later`]),
    );

    // With no signal, a reload still opens in her language.
    await context.setOffline(true);
    await page.goto("/home");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(new RegExp(home.replace(" ", "\\s*\\u2068?")));
    // And so do her other screens, whose words are the later part.
    await page.goto("/my-voice");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await speaksHerLanguage(page, code, "/my-voice with no signal");
    await context.close();
  });
}

test("right-to-left screens mirror: the tabs start at the right, headings and the brand sit on the right", async ({ browser }) => {
  for (const colorScheme of ["light", "dark"] as const) {
    const context = await browser.newContext({ locale: "ar", colorScheme });
    const page = await context.newPage();
    await page.goto("/");
    await signInAs(page, "selam", "تسجيل الدخول");
    const tabs = page.getByRole("navigation", { name: "القائمة الرئيسية" }).getByRole("link");
    await expect(tabs.first()).toHaveText("الرئيسية");
    const first = await tabs.first().boundingBox();
    const last = await tabs.last().boundingBox();
    expect(first!.x).toBeGreaterThan(last!.x);
    const heading = await page.getByRole("heading", { level: 1 }).boundingBox();
    expect(heading!.x + heading!.width).toBeGreaterThan(330);
    const brand = await page.getByRole("link", { name: "Pathway", exact: true }).boundingBox();
    expect(brand!.x).toBeGreaterThan(180);
    // Dates are written as Arabic writes them, by the browser's own Intl.
    await expect(page.locator("time").first()).toHaveText(/(يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر)/);
    const scan = await new AxeBuilder({ page }).withTags(AA).analyze();
    expect(scan.violations, `${colorScheme}: ${JSON.stringify(scan.violations, null, 2)}`).toEqual([]);
    await context.close();
  }
});

test("the globe beside Language stands apart from the word, left to right and right to left", async ({ browser }) => {
  for (const locale of ["en-GB", "ar"]) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto("/");
    const label = page.locator('label[for="language"]');
    await expect(label).toBeVisible();
    const gap = await label.evaluate((el) => {
      const globe = el.querySelector("svg");
      if (!globe || !el.lastChild) return -1;
      const words = document.createRange();
      words.setStartAfter(globe);
      words.setEndAfter(el.lastChild);
      const [icon, text] = [globe.getBoundingClientRect(), words.getBoundingClientRect()];
      return document.dir === "rtl" ? icon.left - text.right : text.left - icon.right;
    });
    expect(gap, locale).toBeGreaterThanOrEqual(4);
    await context.close();
  }
});

test("she picks her language on the sign-in screen; it is kept on her account, so a new phone opens in it, and This phone changes it back", async ({ browser, request }) => {
  // Two phones, four sign-ins and a change of language each way.
  test.slow();
  const phone = await browser.newContext({ locale: "en-GB" });
  const page = await phone.newPage();
  await page.goto("/");
  await page.getByLabel("Language").selectOption({ label: "العربية" });
  await expect(page.getByRole("heading", { level: 1, name: "تسجيل الدخول" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  // The way back is labelled in English too.
  await expect(page.getByLabel("اللغة · Language")).toHaveValue("ar");
  await signInAs(page, "selam", "تسجيل الدخول");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("مرحبًا");
  const token = await tokenOnPhone(page);
  await expect
    .poll(async () => (await (await request.get("/api/me", { headers: { Authorization: `Bearer ${token}` } })).json()).language)
    .toBe("ar");

  const newPhone = await browser.newContext({ locale: "en-GB" });
  const other = await newPhone.newPage();
  await other.goto("/");
  await signInAs(other, "selam", "Sign in");
  await expect(other.getByRole("heading", { level: 1 })).toContainText("مرحبًا", { timeout: 15_000 });
  await expect(other.locator("html")).toHaveAttribute("lang", "ar");

  await other.goto("/this-phone");
  await other.getByLabel("اللغة · Language").selectOption({ label: "English" });
  await expect(other.locator("html")).toHaveAttribute("lang", "en-GB");
  await other.goto("/home");
  await expect(other.getByRole("heading", { level: 1, name: "Hi Selam" })).toBeVisible();
  await expect
    .poll(async () => (await (await request.get("/api/me", { headers: { Authorization: `Bearer ${token}` } })).json()).language)
    .toBe("en");

  // With no signal, a language whose words are not on the phone is not
  // switched to, and she is told why.
  await newPhone.setOffline(true);
  await other.goto("/this-phone");
  await other.getByLabel("Language").selectOption({ label: "Polski" });
  await expect(other.getByRole("status").filter({ hasText: "Polski" })).toHaveText("Polski isn't on this phone yet. Choose it again when you're online.");
  await expect(other.locator("html")).toHaveAttribute("lang", "en-GB");

  // Signing out forgets the language chosen on the first phone: opened
  // again, even with no signal, its sign-in screen is in the phone's own
  // language and does not say which she reads. Her account keeps it.
  await waitForOfflineShell(page);
  await page.goto("/this-phone");
  await page.getByRole("button", { name: "تسجيل الخروج" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "تسجيل الدخول" })).toBeVisible();
  await phone.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await speaksHerLanguage(page, "en", "the sign-in screen after signing out");
  await phone.close();
  await newPhone.close();
});

for (const locale of ["ar", "ti"]) {
  test(`her plan with its actions, its versions, one version in full and what's written about her speak her language (${locale})`, async ({ browser }) => {
    // Ella, of the demo, has a plan with actions and a reviewed version;
    // the phone's language is not kept on her account (she chose nothing).
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    const hers = wordsOf(locale).plain;
    await page.goto("/");
    await signInAs(page, "ella", hers.get("sign-in-button")!);
    await expect(page.getByRole("navigation", { name: hers.get("tabs-label") })).toBeVisible();
    await page.goto("/my-plan");
    await expect(page.getByRole("heading", { level: 1, name: hers.get("plan-title") })).toBeVisible();
    await page.getByRole("button", { name: hers.get("part-money"), exact: true }).click();
    await expect(page.getByRole("heading", { name: hers.get("plan-whats-planned") }).first()).toBeVisible();
    await speaksHerLanguage(page, locale, "Ella's plan");
    await datesInHerLanguage(page, "Ella's plan");
    await page.goto("/my-plan/versions");
    await expect(page.getByRole("heading", { level: 1, name: hers.get("plan-every-version") })).toBeVisible();
    await speaksHerLanguage(page, locale, "every version of her plan");
    await datesInHerLanguage(page, "every version of her plan");
    await page.locator(".version-link").first().click();
    await expect(page.getByRole("heading", { name: hers.get("plan-agreement") })).toBeVisible();
    await speaksHerLanguage(page, locale, "a version of her plan");
    await datesInHerLanguage(page, "a version of her plan");
    // Everything written about her: her statements' questions in her
    // language, her adviser's words and staff's note titles as written.
    await page.goto("/written-about-me");
    await expect(page.getByRole("heading", { name: hers.get("written-who-opened") })).toBeVisible();
    await speaksHerLanguage(page, locale, "what's written about her");
    await datesInHerLanguage(page, "what's written about her");
    await context.close();
  });
}

test("Read aloud reads the screen in her language, where the phone has a voice for it", async ({ browser }) => {
  const context = await browser.newContext({ locale: "ar" });
  // The test browser has no voices of its own: one Arabic voice, and a
  // record of what it is asked to say.
  await context.addInitScript(() => {
    const said: { text: string; lang: string }[] = [];
    (window as unknown as { said: typeof said }).said = said;
    Object.defineProperty(speechSynthesis, "getVoices", { value: () => [{ lang: "ar-SA", name: "Arabic" }] });
    Object.defineProperty(speechSynthesis, "speak", {
      value: (u: SpeechSynthesisUtterance) => said.push({ text: u.text, lang: u.lang }),
    });
  });
  const page = await context.newPage();
  await page.goto("/");
  await signInAs(page, "dawit", "تسجيل الدخول");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("مرحبًا");
  await page.goto("/people-who-help-me");
  // Read once the screen is there (its code and words may still be coming).
  await expect(page.getByRole("heading", { level: 1, name: "أشخاص يساعدونني" })).toBeVisible();
  const read = page.getByRole("button", { name: "قراءة بصوت عالٍ" });
  await read.click();
  // The same button stops it, and says so.
  const stop = page.getByRole("button", { name: "إيقاف القراءة" });
  await expect(stop).toBeVisible();
  const said = await page.evaluate(() => (window as unknown as { said: { text: string; lang: string }[] }).said);
  expect(said).toHaveLength(1);
  expect(said[0].lang).toBe("ar");
  expect(said[0].text).toContain("أشخاص يساعدونني");
  expect(said[0].text).toContain("في حالة الطوارئ");
  await stop.click();
  await expect(read).toBeVisible();
  await context.close();

  // No voice for her language: no button that would read it wrongly.
  const silent = await browser.newContext({ locale: "ti" });
  await silent.addInitScript(() => {
    Object.defineProperty(speechSynthesis, "getVoices", { value: () => [{ lang: "en-GB", name: "English" }] });
  });
  const quiet = await silent.newPage();
  await quiet.goto("/");
  await signInAs(quiet, "dawit", "እተዉ");
  await expect(quiet.getByRole("heading", { level: 1 })).toContainText("ሰላም");
  await expect(quiet.getByRole("button", { name: "ብድምጺ ኣንብቡ" })).toHaveCount(0);
  await silent.close();
});

test("she chooses how Pathway speaks to her: kept on the phone and her account, with or without a signal, and forgotten at sign-out", async ({ browser, request }) => {
  const pl = { feminine: wordsOf("pl", "feminine").plain, masculine: wordsOf("pl", "masculine").plain, either: wordsOf("pl").plain };
  const where = (words: Map<string, string>) => words.get("signed-in-title")!;
  expect(new Set([where(pl.feminine), where(pl.masculine), where(pl.either)]).size, "three ways to say it").toBe(3);
  // A Maria and a Dawit of this run's own: an answer is kept on an account
  // for good, and a worker started again after a failure must find them
  // unasked.
  const run = Date.now();
  const [maria, dawit] = [`maria${run}`, `dawit${run}`];
  addYoungPerson(maria, "Maria Kowalska");
  addYoungPerson(dawit, "Dawit Gebre");
  const phone = await browser.newContext({ locale: "pl-PL" });
  const page = await phone.newPage();
  await page.goto("/");
  await signInAs(page, maria, "Zaloguj się");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Maria");
  const token = await tokenOnPhone(page);
  const onAccount = async () => {
    const answer = await request.get("/api/me", { headers: { Authorization: `Bearer ${token}` } });
    return answer.ok() ? (await answer.json()).gender : `${answer.status()} ${await answer.text()}`;
  };

  // Until she chooses, the words that fit either, and her home asks.
  const ask = page.getByRole("link", { name: pl.either.get("gender-legend") });
  await ask.click();
  await expect(page.getByRole("heading", { level: 1, name: pl.either.get("phone-title") })).toBeVisible();
  const choice = page.getByRole("group", { name: pl.either.get("gender-legend") });
  for (const gender of ["gender-feminine", "gender-masculine", "gender-neutral"]) {
    await expect(choice.getByRole("radio", { name: pl.either.get(gender) })).not.toBeChecked();
  }
  // Each choice is reached from the keyboard, and the question passes axe.
  await choice.getByRole("radio", { name: pl.either.get("gender-neutral") }).focus();
  await page.keyboard.press("Shift+Tab");
  await expect(page.getByLabel("Język · Language")).toBeFocused();
  const scan = await new AxeBuilder({ page }).include("fieldset.gender-picker").withTags(AA).analyze();
  expect(scan.violations, JSON.stringify(scan.violations, null, 2)).toEqual([]);
  await page.goto("/signed-in");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(where(pl.either));

  await page.goto("/this-phone");
  await choice.getByRole("radio", { name: pl.either.get("gender-feminine") }).check();
  await expect(choice.getByRole("radio", { name: pl.either.get("gender-feminine") })).toBeChecked();
  await expect(page.getByRole("link", { name: pl.feminine.get("phone-see-signed-in") })).toBeVisible();
  await page.goto("/signed-in");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(where(pl.feminine));
  await expect.poll(onAccount).toBe("feminine");
  await speaksHerLanguage(page, "pl", "Where you're signed in, spoken to as a girl");
  await page.goto("/home");
  await expect(page.getByRole("link", { name: pl.feminine.get("help-title") })).toBeVisible();
  await expect(page.getByRole("link", { name: pl.feminine.get("gender-legend") })).toHaveCount(0);

  // A new phone speaks to her as her account says.
  const newPhone = await browser.newContext({ locale: "pl-PL" });
  const other = await newPhone.newPage();
  await other.goto("/");
  await signInAs(other, maria, "Zaloguj się");
  await expect(other.getByRole("heading", { level: 1 })).toContainText("Maria");
  await other.goto("/signed-in");
  await expect(other.getByRole("heading", { level: 1 })).toHaveText(where(pl.feminine));

  // With no signal she changes it: the phone speaks so at once, her
  // account learns it when the phone is next opened online.
  await waitForOfflineShell(other);
  await other.goto("/this-phone");
  await newPhone.setOffline(true);
  await other.getByRole("radio", { name: pl.feminine.get("gender-masculine") }).check();
  await expect(other.getByRole("radio", { name: pl.feminine.get("gender-masculine") })).toBeChecked();
  await other.goto("/signed-in");
  await expect(other.getByRole("heading", { level: 1 })).toHaveText(where(pl.masculine));
  expect(await onAccount()).toBe("feminine");
  await newPhone.setOffline(false);
  await other.reload();
  await expect.poll(onAccount).toBe("masculine");

  // Signed out, the phone forgets her choice: whoever signs in next is
  // spoken to as they asked.
  await page.goto("/this-phone");
  await page.getByRole("button", { name: pl.either.get("sign-out") }).first().click();
  await signInAs(page, dawit, "Zaloguj się");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Dawit");
  await page.goto("/signed-in");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(where(pl.either));
  await page.goto("/home");
  await page.getByRole("link", { name: pl.either.get("gender-legend") }).click();
  await page.getByRole("radio", { name: pl.either.get("gender-neutral") }).check();
  await expect(page.getByRole("radio", { name: pl.either.get("gender-neutral") })).toBeChecked();
  await page.goto("/home");
  await expect(page.getByRole("link", { name: pl.either.get("help-title") })).toBeVisible();
  await expect(page.getByRole("link", { name: pl.either.get("gender-legend") })).toHaveCount(0);
  // "Don't choose" is kept on his account as an answer: a new phone does
  // not ask him again.
  const dawitsToken = await tokenOnPhone(page);
  await expect
    .poll(async () => {
      const me = await request.get("/api/me", { headers: { Authorization: `Bearer ${dawitsToken}` } });
      return me.ok() ? (await me.json()).gender_answered : me.status();
    })
    .toBe(true);
  const dawitsNewPhone = await browser.newContext({ locale: "pl-PL" });
  const fresh = await dawitsNewPhone.newPage();
  await fresh.goto("/");
  await signInAs(fresh, dawit, "Zaloguj się");
  await expect(fresh.getByRole("link", { name: pl.either.get("help-title") })).toBeVisible();
  await expect(fresh.getByRole("link", { name: pl.either.get("gender-legend") })).toHaveCount(0);
  await dawitsNewPhone.close();

  // Arabic speaks to her as a boy now too; English never asks.
  const arabic = await browser.newContext({ locale: "ar" });
  const ar = await arabic.newPage();
  await ar.goto("/");
  await signInAs(ar, maria, "تسجيل الدخول");
  await expect(ar.getByRole("navigation", { name: "القائمة الرئيسية" })).toBeVisible();
  await ar.goto("/my-goals");
  const arWords = { masculine: wordsOf("ar", "masculine").plain, feminine: wordsOf("ar", "feminine").plain };
  expect(arWords.masculine.get("goals-add")).not.toBe(arWords.feminine.get("goals-add"));
  await expect(ar.getByRole("button", { name: arWords.masculine.get("goals-add") })).toBeVisible();
  await ar.goto("/this-phone");
  await ar.getByRole("radio", { name: arWords.masculine.get("gender-feminine") }).check();
  await ar.goto("/my-goals");
  await expect(ar.getByRole("button", { name: arWords.feminine.get("goals-add") })).toBeVisible();
  await speaksHerLanguage(ar, "ar", "My goals, spoken to as a girl");
  const english = await browser.newContext({ locale: "en-GB" });
  const en = await english.newPage();
  await en.goto("/");
  await signInAs(en, dawit, "Sign in");
  await expect(en.getByRole("link", { name: "People who help me" })).toBeVisible();
  await expect(en.getByRole("link", { name: "How should Pathway speak to you?" })).toHaveCount(0);
  await en.goto("/this-phone");
  await expect(en.getByRole("heading", { level: 1, name: "This phone" })).toBeVisible();
  await expect(en.getByRole("group", { name: "How should Pathway speak to you?" })).toHaveCount(0);
  for (const context of [phone, newPhone, arabic, english]) await context.close();
});

test("a change the server will not keep is explained to her in her language", async ({ browser }) => {
  const office = await browser.newContext({ locale: "en-GB" });
  const yonas = await openSignedIn(office, "yonas");
  await yonas.goto("/young-people");
  await yonas.getByRole("link", { name: /Dawit Haile/ }).click();
  await expect(yonas.getByRole("heading", { level: 1, name: "Dawit Haile's plan" })).toBeVisible();
  const money = await openPart(yonas, "Money");
  // Its own words each run, as a worker started again finds the last one's.
  const what = `Open a bank account ${Date.now()}`;
  await money.getByRole("button", { name: "Add an action to Money" }).click();
  await money.getByLabel("What will be done").fill(what);
  await money.getByLabel("Who does it").fill("Dawit");
  await money.getByRole("button", { name: "Save" }).click();
  await expect(yonas.getByRole("status")).toContainText("Up to date", { timeout: 15_000 });

  const pl = wordsOf("pl").plain;
  const phone = await browser.newContext({ locale: "pl-PL" });
  const dawit = await phone.newPage();
  await dawit.goto("/");
  await signInAs(dawit, "dawit", "Zaloguj się");
  await expect(dawit.getByRole("heading", { level: 1 })).toContainText("Dawit");
  await waitForOfflineShell(dawit);
  await dawit.goto("/my-plan");
  await dawit.getByRole("button", { name: pl.get("part-money"), exact: true }).click();
  const action = dawit.getByRole("checkbox", { name: what });
  await expect(action).not.toBeChecked();

  // With no signal she ticks it off; meanwhile her adviser removes it.
  await phone.setOffline(true);
  await action.check();
  await money.getByRole("button", { name: `Change ${what}` }).click();
  await money.getByRole("button", { name: "Remove this action" }).click();
  await expect(yonas.getByRole("status")).toContainText("Up to date", { timeout: 15_000 });

  await phone.setOffline(false);
  const notice = dawit.getByRole("alert").filter({ hasText: pl.get("refused-not-saved") });
  await expect(notice).toContainText(pl.get("refusal-removed")!, { timeout: 15_000 });
  await speaksHerLanguage(dawit, "pl", "her plan, with a change refused");
  await dawit.getByRole("button", { name: pl.get("refused-ok"), exact: true }).click();
  await expect(notice).toHaveCount(0);
  await office.close();
  await phone.close();
});
