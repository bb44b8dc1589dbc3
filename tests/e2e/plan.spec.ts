import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { PLAN_PARTS, openPart, savedOnPhone, signIn, signInToPlan, signOut, waitForOfflineShell, planPartHeadings, sidewaysScroll } from "./helpers";

test.describe("a young person and her plan", () => {
  test("a wrong password gets a clear message that does not say whether the username exists", async ({ page }) => {
    await signIn(page, "ella", "not-her-password");
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("username and password don't match");
    const wrongPassword = await alert.textContent();

    await page.getByLabel("Username").fill("nobody-called-this");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(alert).toHaveText(wrongPassword ?? "");
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  });

  test("the sign-in form works from the keyboard alone", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Username").focus();
    await page.keyboard.type("ella");
    await page.keyboard.press("Tab");
    await page.keyboard.type("pathway-demo");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: "Hi Ella" })).toBeVisible();
  });

  test("she lands on her home screen: what's next, her Bees, and help one tap away", async ({ page }) => {
    await signIn(page, "ella");
    await expect(page).toHaveURL(/\/home$/);
    await expect(page.getByRole("heading", { level: 1, name: "Hi Ella" })).toBeVisible();
    const comingUp = page.getByRole("region", { name: "Coming up" });
    await expect(comingUp).toContainText(/Next catch-up with Sam\s*\d+ \w+ \d{4} \(in 6 days\)/);
    await expect(comingUp).toContainText(/Your next plan review\s*\d+ \w+ \d{4} \(in 70 days\)/);
    // Only what is hers to do, soonest first.
    const steps = page.getByRole("region", { name: "Your next steps" }).getByRole("listitem");
    await expect(steps).toHaveCount(3);
    await expect(steps.nth(0)).toContainText("Meet every month, and text in between");
    await expect(steps.nth(1)).toContainText("Write a CV together");
    await expect(page.getByRole("region", { name: "Your next steps" })).not.toContainText("Report the boiler");
    await expect(page.getByRole("link", { name: "Call Sam Okafor on 07700 900461" })).toHaveAttribute("href", "tel:07700900461");
    await expect(page.getByRole("region", { name: "My Bees" }).getByRole("listitem")).toHaveCount(6);
    await expect(page.getByRole("region", { name: "My Bees" })).toContainText("Happy: 75% of the way");
    // Her bar is drawn as full as her words say.
    const happy = page.getByRole("region", { name: "My Bees" }).getByRole("listitem").filter({ hasText: "Happy" });
    const [track, filled] = await Promise.all([0, 1].map((n) => happy.locator("svg rect").nth(n).boundingBox()));
    expect((filled?.width ?? 0) / (track?.width ?? 1)).toBeCloseTo(0.75, 2);

    // Who helps her, two taps from anywhere: her adviser, out of hours,
    // 999, and an advocate (her council's, from its settings).
    await page.getByRole("link", { name: "People who help me" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "People who help me" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Call Sam Okafor on 07700 900461" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Message Sam" })).toHaveAttribute("href", "/my-messages");
    await expect(page.getByRole("link", { name: "Call the out-of-hours team on 0300 123 4567" })).toHaveAttribute("href", "tel:03001234567");
    await expect(page.getByRole("link", { name: "Call 999", exact: true })).toHaveAttribute("href", "tel:999");
    await expect(page.getByRole("link", { name: "Call Riverside Advocacy on 0300 555 0142" })).toHaveAttribute("href", "tel:03005550142");
    await expect(page.getByRole("link", { name: "Visit Riverside Advocacy" })).toHaveAttribute("href", "https://advocacy.riverside.example");
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const scan = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
      expect(scan.violations, `people who help me, ${scheme}`).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: "light" });
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "More" }).click();
    await expect(page.getByRole("main").getByRole("link", { name: "People who help me" })).toBeVisible();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Home" }).click();

    // Something's wrong opens that form at once.
    await page.getByRole("link", { name: "Something's wrong" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "My voice" })).toBeVisible();
    await expect(page.getByText("If you're in danger right now, call 999.")).toBeVisible();

    // A step opens its own part of her plan.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Home" }).click();
    await page.getByRole("link", { name: "Write a CV together" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "My plan" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Work and other activities", exact: true })).toHaveAttribute("aria-expanded", "true");
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Home" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Hi Ella" })).toBeVisible();
      const scan = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
      expect(scan.violations, `home, ${scheme}`).toEqual([]);
    }
  });

  test("her plan folds to one line a part, and she ticks off her own actions", async ({ page, browser }) => {
    await signInToPlan(page, "ella");
    await expect(planPartHeadings(page)).toHaveText(PLAN_PARTS);
    await expect(page.getByRole("button", { name: "Where I live", exact: true })).toHaveAccessibleDescription("2 to do · Your words are here");
    // What's next across every part, soonest first, with her as "you".
    const next = page.getByRole("region", { name: "What's next" }).getByRole("listitem");
    await expect(next.first()).toContainText("Meet every month, and text in between");
    await expect(next.first()).toContainText("Who: Sam and you");

    const home = await openPart(page, "Where I live");
    await expect(home.getByText("The boiler keeps going off")).toBeVisible();
    await expect(home.getByText("Report the boiler to the housing association")).toBeVisible();
    // Sam's action is not hers to tick: marked, not a box.
    await expect(home.getByRole("checkbox")).toHaveCount(0);

    // Opening one part folds the one before.
    const education = await openPart(page, "Education and training");
    await expect(page.getByRole("button", { name: "Where I live", exact: true })).toHaveAttribute("aria-expanded", "false");
    await expect(education.getByRole("checkbox", { name: "Apply for the 16–19 bursary for college" })).toBeChecked();
    const tutor = education.getByRole("checkbox", { name: "Find a maths tutor at college" });
    await expect(tutor).not.toBeChecked();
    await tutor.check();
    await expect(page.getByText("Nice one — that's done!")).toBeVisible();
    await expect(tutor).toBeFocused();
    await expect(page.getByRole("status")).toContainText("Up to date");
    await expect(tutor).toHaveAccessibleDescription(/Ticked off by you on \d+ \w+ \d{4} at \d\d:\d\d/);

    // Her adviser sees who ticked it, and when.
    const sams = await browser.newContext();
    const sam = await sams.newPage();
    await signIn(sam, "sam");
    await sam.getByRole("link", { name: /Ella Morris/ }).click();
    const hers = await openPart(sam, "Education and training");
    const ticked = hers.getByRole("checkbox", { name: "Find a maths tutor at college" });
    await expect(ticked).toBeChecked();
    await expect(ticked).toHaveAccessibleDescription(/Ticked off by Ella Morris on/);
    // He unticks it for her to do again; so would a mistaken tap.
    await ticked.uncheck();
    await expect(sam.getByRole("status")).toContainText("Up to date");
    await sams.close();
    await expect(tutor).not.toBeChecked({ timeout: 15_000 });
  });

  test("after one sign-in her plan opens offline, and says so", async ({ page, context }) => {
    await signInToPlan(page, "ella");
    await expect(planPartHeadings(page)).toHaveCount(10);
    await waitForOfflineShell(page);

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "My plan" })).toBeVisible();
    await expect(planPartHeadings(page)).toHaveText(PLAN_PARTS);
    await expect(page.getByRole("status")).toHaveText("Offline — showing what's saved on this phone");

    // Coming back online brings the status back up to date by itself.
    await context.setOffline(false);
    await expect(page.getByRole("status")).toContainText("Up to date");
  });

  test("signing out removes her plan from the phone", async ({ page, context }) => {
    await signInToPlan(page, "ella");
    await expect(planPartHeadings(page)).toHaveCount(10);
    await waitForOfflineShell(page);
    expect(JSON.stringify(await savedOnPhone(page))).toContain("The boiler keeps going off");

    await signOut(page);
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    // The token is kept only until the server has revoked it.
    await expect.poll(() => savedOnPhone(page)).toEqual({});

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    await page.goto("/my-plan");
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    expect(await savedOnPhone(page)).toEqual({});
  });

  test("her plan and the sign-in screen pass an automated accessibility check", async ({ page }) => {
    await page.goto("/sign-in");
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    const signInScan = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
    expect(signInScan.violations).toEqual([]);

    await signInToPlan(page, "ella");
    await expect(planPartHeadings(page)).toHaveCount(10);
    await openPart(page, "Education and training");
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const planScan = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
      expect(planScan.violations, `${scheme} mode`).toEqual([]);
    }
  });
});

test.describe("staff", () => {
  test("a personal adviser sees his caseload and reads a plan", async ({ page }) => {
    await signIn(page, "sam");
    await expect(page).toHaveURL(/\/young-people$/);
    await expect(page.getByRole("heading", { level: 1, name: "Caseload" })).toBeVisible();
    const people = page.getByRole("listitem");
    await expect(people).toHaveCount(12);
    await expect(page.getByRole("link", { name: /Ruby Walsh/ })).toHaveCount(0);
    // The most pressing first: contact late by the contact rules (the
    // longest late first, a visit or not), a review coming, one brought
    // forward by a move, someone lost touch with.
    await expect(people.nth(0)).toContainText("Tyler Jones");
    await expect(people.nth(0)).toContainText("Contact overdue by 19 days");
    await expect(people.nth(1)).toContainText("Jayden Clarke");
    await expect(people.nth(1)).toContainText("Visit overdue by 14 days");
    // His last contact is the last call that reached him, not the one
    // that went unanswered since.
    await expect(people.nth(1)).toContainText(/Last contact: [^(]+\(Phone\)/);
    await expect(people.nth(2)).toContainText("Daniel Mensah");
    await expect(people.nth(2)).toContainText("Contact overdue by 9 days");
    await expect(people.nth(3)).toContainText("Amira Hassan");
    await expect(people.nth(3)).toContainText("Review due");
    await expect(people.nth(4)).toContainText("Mohammed Rahimi");
    await expect(people.nth(4)).toContainText(/Review due .* after a move/);
    await expect(people.nth(5)).toContainText("Kyle Brennan");
    await expect(people.nth(5)).toContainText("Not in touch");
    const scan = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
    expect(scan.violations).toEqual([]);
    await page.getByLabel("Search by name").fill("ell");
    await expect(people).toHaveCount(1);
    const card = await page.getByRole("link", { name: /Ella Morris/ }).innerText();
    const nextContact = /Next contact due (\d+ \w+ \d{4})/.exec(card)?.[1] ?? "no date on her card";

    await page.getByRole("link", { name: /Ella Morris/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Ella Morris's plan" })).toBeVisible();
    // The call button on her plan rings her, not him; and her plan gives
    // the same next contact as her card.
    await expect(page.getByRole("link", { name: "Call Ella Morris on 07700 900600" })).toHaveAttribute("href", "tel:07700900600");
    await expect(page.getByRole("link", { name: /Call Sam/ })).toHaveCount(0);
    await expect(page.locator(".fact", { hasText: "Next planned contact" })).toContainText(nextContact);
    await page.goto(`${new URL(page.url()).pathname}/contacts`);
    await expect(page.locator(".fact", { hasText: "Next contact due" })).toContainText(nextContact);
    await page.goBack();
    await expect(planPartHeadings(page)).toHaveText(PLAN_PARTS);
    await expect(page.getByRole("button", { name: "Money", exact: true })).toHaveAccessibleDescription("2 to do · Ella's words are here");
    // He can change what's planned and write her views with her.
    const money = await openPart(page, "Money");
    await expect(money.getByRole("heading", { name: "What Ella thinks" })).toBeVisible();
    await expect(money.getByRole("button", { name: /Add an action to Money/ })).toBeVisible();
  });

  test("a team manager sees every young person in the team, with their adviser", async ({ page }) => {
    await signIn(page, "morgan");
    await expect(page.getByRole("heading", { level: 1, name: "Team" })).toBeVisible();
    await expect(page.getByRole("listitem")).toHaveCount(15);
    await expect(page.getByRole("listitem").nth(0)).toContainText("Tyler Jones");
    await expect(page.getByRole("listitem").nth(1)).toContainText("Jayden Clarke");
    await expect(page.getByRole("listitem").nth(2)).toContainText("Daniel Mensah");
    await expect(page.getByRole("listitem").nth(3)).toContainText("Ruby Walsh");
    const counts = page.getByRole("region", { name: "Each adviser's caseload" });
    await expect(counts.getByRole("group", { name: "Sam Okafor" })).toHaveText(/Sam Okafor\s*Young people\s*12\s*Contact overdue\s*3\s*Reviews due\s*2\s*Not in touch\s*1/);
    await expect(counts.getByRole("group", { name: "Priya Shah" })).toHaveText(/Priya Shah\s*Young people\s*3\s*Contact overdue\s*1\s*Reviews due\s*0\s*Not in touch\s*0/);
    await page.getByText("Contact rules in force: Riverside leaving care standards").click();
    await expect(page.getByText("Age 18 to 19: contact every month, a visit every 2 months.")).toBeVisible();
    await expect(page.getByText("A visit within 7 days of a move.")).toBeVisible();
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const scan = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
      expect(scan.violations, `team view, ${scheme}`).toEqual([]);
    }
    await expect(page.getByRole("link", { name: /Ruby Walsh.*Adviser: Priya Shah/ })).toBeVisible();
    await page.getByRole("link", { name: /Jayden Clarke/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Jayden Clarke's plan" })).toBeVisible();
    // Managers read plans; they do not change them.
    const plan = page.locator("main > :not(.account-lock):not(.who-looked)");
    await openPart(page, "Where I live");
    // Only the buttons that unfold the parts.
    await expect(plan.getByRole("button")).toHaveText(PLAN_PARTS);
    await expect(plan.getByRole("checkbox")).toHaveCount(0);
    // What they may do is lock her account, if her phone is lost.
    await expect(page.getByRole("region", { name: "Jayden's account" }).getByRole("button")).toHaveText(["Lock Jayden's account"]);
  });

  test("a missing script is a 404, not the app's page", async ({ request }) => {
    const missing = await request.get("/pathway-0000000000000000.js");
    expect(missing.status()).toBe(404);
    const deepLink = await request.get("/my-plan");
    expect(deepLink.status()).toBe(200);
    expect(await deepLink.text()).toContain('<script type="module">');
  });
});

test.describe("on a small phone", () => {
  test("at 200% zoom the plan reflows with no sideways scrolling", async ({ page }) => {
    await signInToPlan(page, "ella");
    await expect(planPartHeadings(page)).toHaveCount(10);
    await openPart(page, "Where I live");
    // 200% zoom on a 360 px wide phone leaves 180 CSS pixels.
    await page.setViewportSize({ width: 180, height: 370 });
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
  });

  test("every control is at least 44 px tall", async ({ page }) => {
    const tooSmall = async () =>
      page.evaluate(() =>
        Array.from(document.querySelectorAll("a, button, summary, input:not([type=checkbox]), .check label"))
          .filter((el) => (el as HTMLElement).offsetParent !== null)
          .filter((el) => !el.closest("p, li.action, .skip-link"))
          .map((el) => ({ text: (el.textContent ?? "").trim() || el.outerHTML.slice(0, 60), height: el.getBoundingClientRect().height }))
          .filter(({ height }) => height < 44),
      );
    await page.goto("/sign-in");
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    expect(await tooSmall()).toEqual([]);
    await signIn(page, "ella");
    await expect(page.getByRole("heading", { level: 1, name: "Hi Ella" })).toBeVisible();
    expect(await tooSmall()).toEqual([]);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Plan" }).click();
    await expect(planPartHeadings(page)).toHaveCount(10);
    await openPart(page, "Education and training");
    expect(await tooSmall()).toEqual([]);
  });
});
