import { test, expect, type Browser, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { DEMO_PASSWORD, openSignedIn, planPartHeadings, savedOnPhone, serverCommand, serverHas, signIn, tokenOnPhone, writeWords, openFromMore, openMyPlan, openPart } from "./helpers";

/** Ella and Sam, both offline, write different words in the same part;
 *  Sam's reach the server first. */
async function bothWrite(browser: Browser, part: string, hers: string, his: string) {
  const ellas = await browser.newContext();
  const sams = await browser.newContext();
  const ella = await openSignedIn(ellas, "ella", "/my-plan");
  const sam = await openSignedIn(sams, "sam");
  await ellasPlanFor(sam);
  await ellas.setOffline(true);
  await sams.setOffline(true);
  await writeWords(ella, part, hers);
  await writeWords(sam, part, his);
  await sams.setOffline(false);
  await expect(sam.getByRole("status")).toContainText("Up to date", { timeout: 15_000 });
  await ellas.setOffline(false);
  await expect(ella.getByRole("status")).toContainText("Up to date", { timeout: 15_000 });
  return { ella, sam, ellas, sams };
}

async function ellasPlanFor(page: Page) {
  await page.goto("/young-people");
  await page.getByRole("link", { name: /Ella Morris/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ella Morris's plan" })).toBeVisible();
}

test("her words written offline survive a reload, send themselves, and reach her adviser", async ({ browser }) => {
  const ellas = await browser.newContext();
  const ella = await openSignedIn(ellas, "ella", "/my-plan");
  await expect(planPartHeadings(ella)).toHaveCount(10);

  await ellas.setOffline(true);
  await writeWords(ella, "Money", "I saved £40 this month and I'm proud of it.");
  await expect(ella.getByRole("status")).toHaveText("Saved on this phone — 1 change will send when you're online");
  await expect((await openPart(ella, "Money")).getByText("Saved on this phone, not sent yet")).toBeVisible();

  await ella.reload();
  await expect((await openPart(ella, "Money")).locator("blockquote")).toHaveText(
    "I saved £40 this month and I'm proud of it.",
  );
  await expect(ella.getByRole("status")).toHaveText("Saved on this phone — 1 change will send when you're online");

  await ellas.setOffline(false);
  await expect(ella.getByRole("status")).toContainText("Up to date", { timeout: 15_000 });
  await expect((await openPart(ella, "Money")).getByText("Saved on this phone, not sent yet")).toHaveCount(0);

  const sams = await browser.newContext();
  const sam = await openSignedIn(sams, "sam");
  await ellasPlanFor(sam);
  await expect((await openPart(sam, "Money")).locator("blockquote")).toHaveText(
    "I saved £40 this month and I'm proud of it.",
  );
  await ellas.close();
  await sams.close();
});

test("when she and her adviser change the same words offline, both versions are kept and she chooses", async ({ browser }) => {
  const { ella, sam, ellas, sams } = await bothWrite(
    browser,
    "Family and friends",
    "Sundays with my brother are the best bit of my week.",
    "Ella wants more family time with her brother.",
  );

  const family = await openPart(ella, "Family and friends");
  const choice = family.getByRole("group", { name: "Two versions of these words" });
  await expect(choice).toBeVisible();
  await expect(choice).toContainText("Ella wants more family time with her brother.");
  await expect(choice).toContainText("Sundays with my brother are the best bit of my week.");
  await expect(choice).toContainText("Version 2, by Ella Morris");
  await expect(ella.getByRole("note").filter({ hasText: "changed in two places" })).toBeVisible();
  const scan = await new AxeBuilder({ page: ella }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
  expect(scan.violations).toEqual([]);

  // Sam sees both versions too, after his next sync.
  await sam.reload();
  await expect((await openPart(sam, "Family and friends")).getByRole("group")).toContainText(
    "Sundays with my brother are the best bit of my week.",
  );

  await choice.getByRole("button", { name: "Keep version 2" }).click();
  await expect(family.getByRole("group")).toHaveCount(0);
  await expect(family.locator("blockquote")).toHaveText("Sundays with my brother are the best bit of my week.");
  await expect(ella.getByRole("status")).toContainText("Up to date", { timeout: 15_000 });

  await sam.reload();
  const samsFamily = await openPart(sam, "Family and friends");
  await expect(samsFamily.locator("blockquote")).toHaveText("Sundays with my brother are the best bit of my week.");
  await expect(samsFamily.getByRole("group")).toHaveCount(0);
  await ellas.close();
  await sams.close();
});

test("an adviser adds, ticks off and removes actions with no signal", async ({ browser }) => {
  const sams = await browser.newContext();
  const sam = await openSignedIn(sams, "sam");
  await ellasPlanFor(sam);
  await sams.setOffline(true);

  const money = await openPart(sam, "Money");
  await money.getByRole("button", { name: "Add an action to Money" }).click();
  const formScan = await new AxeBuilder({ page: sam }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
  expect(formScan.violations).toEqual([]);
  await money.getByLabel("What will be done").fill("Look at the council tax discount for care leavers");
  await money.getByLabel("Who does it").fill("Sam");
  // The phone closes the page mid-action: it is kept, and the folded part
  // says something there is not finished.
  await sam.reload();
  const fold = sam.getByRole("button", { name: "Money", exact: true });
  await expect(fold).toHaveAccessibleDescription(/Not finished yet/);
  await openPart(sam, "Money");
  await expect(money.getByLabel("What will be done")).toHaveValue("Look at the council tax discount for care leavers");
  await expect(money.getByLabel("Who does it")).toHaveValue("Sam");
  await money.getByLabel("By when").fill("2027-01-15");
  await money.getByRole("button", { name: "Save" }).click();
  await expect(fold).not.toHaveAccessibleDescription(/Not finished yet/);
  expect(Object.keys(await savedOnPhone(sam)).filter((key) => key.includes(".writing.action."))).toEqual([]);
  const added = money.getByRole("checkbox", { name: "Look at the council tax discount for care leavers" });
  await expect(added).not.toBeChecked();
  await expect(added).toHaveAccessibleDescription("Who: Sam · By 15 Jan 2027");

  await added.check();
  await expect(added).toBeChecked();
  await money.getByRole("button", { name: /Change Set up a savings account/ }).click();
  await money.getByRole("button", { name: "Remove this action" }).click();
  await expect(money.getByText("Set up a savings account")).toHaveCount(0);
  await expect(sam.getByRole("status")).toHaveText("Saved on this phone — 3 changes will send when you're online");

  await sams.setOffline(false);
  await expect(sam.getByRole("status")).toContainText("Up to date", { timeout: 15_000 });

  const ellas = await browser.newContext();
  const ella = await openSignedIn(ellas, "ella", "/my-plan");
  const hers = await openPart(ella, "Money");
  await expect(hers.getByRole("listitem").filter({ hasText: "council tax discount" })).toContainText("Done: Look at the council tax discount");
  await expect(hers.getByRole("listitem").filter({ hasText: "council tax discount" })).toContainText("Ticked off by Sam Okafor");
  await expect(hers.getByText("Set up a savings account")).toHaveCount(0);
  // What's planned here is Sam's to do: nothing for her to tick.
  await expect(hers.getByRole("checkbox")).toHaveCount(0);
  await ellas.close();
  await sams.close();
});

test("a sign-in ended on the server locks the screen and keeps her changes until she signs in again", async ({ browser, request }) => {
  const ellas = await browser.newContext();
  const ella = await openSignedIn(ellas, "ella", "/my-plan");
  const token = await tokenOnPhone(ella);
  // With no signal, she writes; meanwhile her sign-in is revoked on the
  // server (e.g. it was signed out with that token elsewhere).
  await ellas.setOffline(true);
  const revoked = await request.post("/api/auth/logout", { headers: { authorization: `Bearer ${token}` } });
  expect(revoked.status()).toBe(204);

  const words = "I went to the Caribbean festival with my cousins.";
  await writeWords(ella, "Who I am", words);
  await ellas.setOffline(false);
  // Back online, the phone learns the sign-in is over: her plan leaves the screen at once.
  await expect(ella.getByRole("heading", { name: "Sign in" })).toBeVisible({ timeout: 15_000 });
  await expect(ella.getByText(/Your sign-in ran out/)).toBeVisible();
  await expect(ella.getByText(words)).toHaveCount(0);
  await ella.goto("/my-plan");
  await expect(ella.getByRole("heading", { name: "Sign in" })).toBeVisible();
  expect(await serverHas(request, "sam", words)).toBe(false);

  await expect(ella.getByLabel("Username")).toHaveValue("ella");
  await ella.getByLabel("Password", { exact: true }).fill("pathway-demo");
  await ella.getByRole("button", { name: "Sign in" }).click();
  await expect(ella.getByRole("status")).toContainText("Up to date", { timeout: 15_000 });
  await openMyPlan(ella);
  await expect((await openPart(ella, "Who I am")).locator("blockquote")).toHaveText(words);

  const sams = await browser.newContext();
  const sam = await openSignedIn(sams, "sam");
  await ellasPlanFor(sam);
  await expect((await openPart(sam, "Who I am")).locator("blockquote")).toHaveText(words);
  await ellas.close();
  await sams.close();
});

test("a change the server refuses is shown with its reason and does not hold up the rest", async ({ browser }) => {
  const first = await browser.newContext();
  const second = await browser.newContext();
  const office = await openSignedIn(first, "sam");
  const phone = await openSignedIn(second, "sam");
  await ellasPlanFor(office);
  await ellasPlanFor(phone);

  // On his phone, with no signal, Sam rewrites an action and then her words.
  await second.setOffline(true);
  const skills = await openPart(phone, "Skills for living on my own");
  await skills.getByRole("button", { name: /Change Go through a food budget together/ }).click();
  await skills.getByLabel("What will be done").fill("Go through a food budget and a bills budget together");
  await skills.getByRole("button", { name: "Save" }).click();
  await writeWords(phone, "Skills for living on my own", "Ella can cook five meals now and wants to learn to budget.");

  // Meanwhile, at the office, the action is removed.
  const officeSkills = await openPart(office, "Skills for living on my own");
  await officeSkills.getByRole("button", { name: /Change Go through a food budget together/ }).click();
  await officeSkills.getByRole("button", { name: "Remove this action" }).click();
  await expect(office.getByRole("status")).toContainText("Up to date", { timeout: 15_000 });

  await second.setOffline(false);
  await expect(phone.getByRole("alert").filter({ hasText: "A change wasn't saved." })).toContainText(
    "This was removed, so the change couldn't be saved.",
    { timeout: 15_000 },
  );
  await expect(phone.getByRole("status")).toContainText("Up to date", { timeout: 15_000 });
  await expect(skills.getByText("food budget")).toHaveCount(0);
  await phone.getByRole("button", { name: "OK", exact: true }).click();
  await expect(phone.getByText("A change wasn't saved.")).toHaveCount(0);

  await office.reload();
  await expect(officeSkills.locator("blockquote")).toHaveText("Ella can cook five meals now and wants to learn to budget.");
  await first.close();
  await second.close();
});

test("combining two versions keeps both until the combined words are saved", async ({ browser }) => {
  const { ella, ellas, sams } = await bothWrite(
    browser,
    "Health and wellbeing",
    "Counselling helps. I sleep better now.",
    "Ella says the counselling is helping.",
  );

  const health = await openPart(ella, "Health and wellbeing");
  await health.getByRole("button", { name: "Combine them" }).click();
  const box = health.getByRole("textbox");
  await expect(box).toHaveValue("Ella says the counselling is helping.\n\nCounselling helps. I sleep better now.");
  await health.getByRole("button", { name: "Cancel" }).click();
  await expect(health.getByRole("group", { name: "Two versions of these words" })).toBeVisible();

  await health.getByRole("button", { name: "Combine them" }).click();
  await box.fill("Counselling helps and I sleep better now. Sam agrees it's working.");
  await health.getByRole("button", { name: "Save" }).click();
  await expect(health.getByRole("group")).toHaveCount(0);
  await expect(health.locator("blockquote")).toHaveText("Counselling helps and I sleep better now. Sam agrees it's working.");
  await expect(ella.getByRole("status")).toContainText("Up to date", { timeout: 15_000 });
  await ellas.close();
  await sams.close();
});

test("with her day's allowance used up, her messages wait on her phone but her adviser's still reach her", async ({ browser }) => {
  process.env.PATHWAY_PASSWORD = DEMO_PASSWORD;
  serverCommand("user", "add", "--council", "Riverside", "--username", "tariq", "--name", "Tariq Said", "--role", "personal_adviser", "--team", "Westbrook leaving care team");
  serverCommand("user", "add", "--council", "Riverside", "--username", "nina", "--name", "Nina Kowalski", "--role", "young_person", "--adviser", "tariq", "--date-of-birth", "2006-04-02");
  const [ninas, tariqs] = await Promise.all([browser.newContext(), browser.newContext()]);
  const [nina, tariq] = await Promise.all([ninas.newPage(), tariqs.newPage()]);
  const pause = "Pathway has had a lot of changes from you today, so the rest will be sent tomorrow. They're saved on this phone.";
  // The server says her day's allowance is used up, as it would after
  // thousands of changes.
  await ninas.route("**/api/sync/push", (route) =>
    route.fulfill({ status: 429, headers: { "Retry-After": "3600" }, contentType: "application/json", body: JSON.stringify({ error: "daily_limit", message: pause }) }),
  );
  await signIn(nina, "nina");
  await signIn(tariq, "tariq");
  await openFromMore(nina, "Messages");
  await nina.getByLabel("Your message").fill("Are we still on for Monday?");
  await nina.getByRole("button", { name: "Send" }).click();
  await expect(nina.getByRole("status")).toHaveText(pause);
  await expect(nina.getByRole("list", { name: "Messages" })).toContainText("Saved on this phone — will send when you're online");

  await tariq.goto("/messages");
  await tariq.getByRole("link", { name: /Nina Kowalski/ }).click();
  await tariq.getByLabel("Your reply").fill("Yes, 10am at the office.");
  await tariq.getByRole("button", { name: "Send" }).click();
  await expect(nina.getByText("Yes, 10am at the office.")).toBeVisible({ timeout: 5_000 });
  await expect(nina.getByRole("status")).toHaveText(pause);
  await Promise.all([ninas.close(), tariqs.close()]);
});
