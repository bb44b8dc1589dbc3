import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import { openSignedIn, signIn } from "./helpers";

const AA = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"];

test("morgan reads his team's report, opens the young people behind a bar, downloads it, and reads it again offline", async ({ context }) => {
  const page = await openSignedIn(context, "morgan");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Reports" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reports" })).toBeVisible();
  await expect(page.getByText(/^Riverside leaving care team · as of \d+ \w{3} \d{4}$/)).toBeVisible();

  // Each measure has its figure in words beside its bar, and opens the
  // young people behind it.
  for (const measure of ["In touch", "In education, employment or training", "Plan reviewed on time", "Safety flag open"]) {
    await expect(page.getByRole("button", { name: new RegExp(`^${measure}`) })).toHaveText(/\d+ of \d+ \(\d+%\)|None to count/);
  }
  const inTouch = page.getByRole("button", { name: /^In touch/ });
  await inTouch.click();
  const inTouchList = page.locator(`#${await inTouch.getAttribute("aria-controls")}`);
  await expect(inTouchList.getByRole("heading", { name: /^Yes \(\d+\)$/ })).toBeVisible();
  await expect(inTouchList.getByRole("link", { name: "Ella Morris" })).toBeVisible();

  // Month by month: twelve points, each opening who was behind it then.
  const months = page.getByRole("button", { name: /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}/ });
  await expect(months).toHaveCount(12);
  await months.last().click();
  const lastMonth = page.locator(`#${await months.last().getAttribute("aria-controls")}`);
  await expect(lastMonth.getByRole("link", { name: "Ella Morris" })).toBeVisible();

  // A bar opens the young people behind it, each a link to their plan.
  const sam = page.getByRole("button", { name: /^Sam Okafor/ });
  await expect(sam).toHaveAttribute("aria-expanded", "false");
  await sam.click();
  await expect(sam).toHaveAttribute("aria-expanded", "true");
  const behind = page.locator(`#${await sam.getAttribute("aria-controls")}`);
  await expect(behind.getByRole("link", { name: "Ella Morris" })).toBeVisible();
  await expect(behind.getByRole("link", { name: "Ruby Walsh" })).toHaveCount(0); // Priya's

  // How many advisers each young person had: the bar lists who.
  const oneAdviser = page.getByRole("button", { name: /^1 adviser/ });
  await oneAdviser.click();
  const hadOne = page.locator(`#${await oneAdviser.getAttribute("aria-controls")}`);
  await expect(hadOne.getByRole("heading", { name: /^Young people \(\d+\)$/ })).toBeVisible();
  await expect(hadOne.getByRole("link", { name: "Ella Morris" })).toBeVisible();

  // Another measure redraws the comparison.
  await page.getByLabel("Show").selectOption({ label: "Safety flag open" });
  await expect(page.getByText("Young people who had a safety flag no one had acknowledged.")).toBeVisible();

  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const scan = await new AxeBuilder({ page }).withTags(AA).analyze();
    expect(scan.violations).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: "light" });

  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download spreadsheet (CSV)" }).click(),
  ]);
  expect(file.suggestedFilename()).toMatch(/^pathway-report-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = readFileSync(await file.path(), "utf8").split("\r\n");
  expect(lines[0]).toBe("section,group,measure,yes,of");
  expect(lines.filter((l) => l.startsWith("now,everyone,"))).toHaveLength(7);
  expect(lines.filter((l) => l.startsWith("adviser,Sam Okafor,"))).toHaveLength(7);
  expect(lines.filter((l) => l.startsWith("month,"))).toHaveLength(12 * 7);

  // The national return for last year, with what is missing from it.
  await page.getByLabel("Collection year").selectOption({ index: 1 });
  await page.getByRole("button", { name: "Check this year" }).click();
  await expect(page.getByText(/^\d+ young (person|people) in the file\.$/)).toBeVisible();
  const [table] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download the return (CSV)" }).click(),
  ]);
  expect(table.suggestedFilename()).toMatch(/^ssda903-care-leavers-\d{4}\.csv$/);
  const rows = readFileSync(await table.path(), "utf8").split("\r\n");
  expect(rows[0]).toBe("CHILD,SEX,DOB,IN_TOUCH,ACTIV,ACCOM");
  for (const row of rows.slice(1).filter(Boolean)) {
    expect(row).toMatch(/^RV\d+,[12],\d{2}\/\d{2}\/\d{4},(YES|NO|DIED|REFU|NREQ|RHOM),[A-Z0-9]*,[A-Z0-9]*$/);
  }

  // No signal: the report saved on the phone still reads, and says when it's from.
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Reports" })).toBeVisible();
  await expect(page.getByText(/^Saved on this phone on \d+ \w{3} \d{4} at \d{2}:\d{2}\./)).toBeVisible();
  await expect(page.getByRole("button", { name: /^Sam Okafor/ })).toBeVisible();
  await page.getByRole("button", { name: "Check this year" }).click();
  await expect(page.getByRole("alert")).toContainText("You're offline.");
  await context.setOffline(false);
});

test("a head of service reads every team's report and opens no one's plan", async ({ page }) => {
  await signIn(page, "jordan");
  await expect(page.getByRole("heading", { level: 1, name: "Reports" })).toBeVisible();
  await expect(page.getByText(/^Every team · as of/)).toBeVisible();
  const menu = page.getByRole("navigation", { name: "Main" });
  await expect(menu.getByRole("link", { name: "Caseload" })).toHaveCount(0);
  await expect(menu.getByRole("link", { name: "Team" })).toHaveCount(0);
  const sam = page.getByRole("button", { name: /^Sam Okafor/ });
  await sam.click();
  const behind = page.locator(`#${await sam.getAttribute("aria-controls")}`);
  await expect(behind.getByText("Ella Morris")).toBeVisible();
  await expect(behind.getByRole("link")).toHaveCount(0);
});

test("a young person is taken to her own home from the reports", async ({ page }) => {
  await signIn(page, "ella");
  await expect(page.getByRole("heading", { name: /^Hi Ella/ })).toBeVisible();
  await page.goto("/reports");
  await expect(page).toHaveURL(/\/home$/);
});

test("the panel's Outcome Bees report names no one, withholds small numbers, and reads offline", async ({ context }) => {
  const page = await openSignedIn(context, "jordan");
  await page.getByRole("link", { name: "Outcome Bees for the corporate parenting panel →" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Outcome Bees: progress across the six domains" })).toBeVisible();
  for (const bee of ["Bee Happy", "Bee Healthy", "Bee Safe", "Bee Resilient", "Bee Ambitious", "Bee Independent"]) {
    const card = page.getByRole("region", { name: bee });
    await expect(card).toBeVisible();
    await expect(card.getByRole("table", { name: `${bee}: goals by latest rating` }).getByRole("row")).toHaveCount(7);
  }
  // The demo's goals are all Ella's: every count of her is withheld, and no name is shown.
  await expect(page.getByRole("region", { name: "Bee Happy" })).toContainText("Fewer than 5 young people");
  await expect(page.getByText("Ella")).toHaveCount(0);
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const scan = await new AxeBuilder({ page }).withTags(AA).analyze();
    expect(scan.violations).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: "light" });
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download spreadsheet (CSV)" }).click(),
  ]);
  const lines = readFileSync(await file.path(), "utf8").split("\r\n");
  expect(lines[0]).toBe("domain,figure,count");
  expect(lines).toContain("Bee Happy,young people,fewer than 5");
  expect(lines.filter((l) => l.startsWith("Bee Safe,"))).toHaveLength(15);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByText(/^Saved on this phone on /)).toBeVisible();
  await expect(page.getByRole("region", { name: "Bee Independent" })).toBeVisible();
  await context.setOffline(false);
});
