import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { signIn, waitForOfflineShell } from "./helpers";

test("an adviser logs a visit with no signal and, once shared, she sees it", async ({ browser }) => {
  const sams = await browser.newContext();
  const sam = await sams.newPage();
  await signIn(sam, "sam");
  await expect(sam.getByRole("status")).toContainText("Up to date");
  await waitForOfflineShell(sam);
  await sam.getByRole("link", { name: /Ella Morris/ }).click();
  await sam.getByRole("link", { name: "Contacts and national data →" }).click();
  await expect(sam.getByRole("heading", { level: 1, name: "Contacts with Ella Morris" })).toBeVisible();
  await expect(sam.getByText("In touch (YES)")).toBeVisible();

  await sams.setOffline(true);
  await sam.getByRole("button", { name: "Log a contact" }).click();
  const scan = await new AxeBuilder({ page: sam }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
  expect(scan.violations).toEqual([]);
  await sam.getByRole("radio", { name: "Home visit" }).check();
  await expect(sam.getByText("The rules for this age ask for contact at least every month.")).toBeVisible();
  await sam.getByRole("radio", { name: "Yes" }).check();
  await sam.getByLabel("Where", { exact: true }).fill("Her flat");
  await sam.getByLabel("What we talked about").fill("The boiler is fixed at last. Talked about her Saturday job interview.");
  await sam.getByLabel("Actions agreed").fill("Sam to send the CV template.");
  await sam.getByLabel("Share with the young person").check();
  await sam.getByLabel("Update in touch, activity and where they live").check();
  await expect(sam.getByLabel("In touch", { exact: true })).toHaveValue("YES");
  await sam.getByLabel("Main activity").selectOption({ label: "Training or work, part time (P5)" });
  // The phone closes the page before he saves, as phones do: the note he
  // was writing is all still there.
  await sam.reload();
  await expect(sam.getByLabel("What we talked about")).toHaveValue("The boiler is fixed at last. Talked about her Saturday job interview.");
  await expect(sam.getByRole("radio", { name: "Home visit" })).toBeChecked();
  await expect(sam.getByLabel("Where", { exact: true })).toHaveValue("Her flat");
  await expect(sam.getByLabel("Share with the young person")).toBeChecked();
  await expect(sam.getByLabel("Main activity").locator("option:checked")).toHaveText("Training or work, part time (P5)");
  await sam.getByRole("button", { name: "Save" }).click();
  await expect(sam.getByText("Training or work, part time (P5)")).toBeVisible();

  const newest = sam.getByRole("listitem").first();
  await expect(newest).toContainText("The boiler is fixed at last.");
  await expect(newest).toContainText("Shared with Ella");
  await expect(newest).toContainText("Seen alone");
  // The contact and the national data: two changes, kept together.
  await expect(sam.getByRole("status")).toHaveText("Saved on this phone — 2 changes will send when you're online");

  await sam.reload();
  await expect(sam.getByRole("listitem").first()).toContainText("The boiler is fixed at last.");
  await expect(sam.getByLabel("What we talked about")).toHaveCount(0);
  await sams.setOffline(false);
  await expect(sam.getByRole("status")).toContainText("Up to date", { timeout: 15_000 });

  const ellas = await browser.newContext();
  const ella = await ellas.newPage();
  await signIn(ella, "ella");
  await ella.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "More" }).click();
  await ella.getByRole("link", { name: "Meetings with Sam" }).click();
  await expect(ella.getByRole("heading", { level: 1, name: "Meetings with Sam" })).toBeVisible();
  await expect(ella.getByText("The boiler is fixed at last.")).toBeVisible();
  await expect(ella.getByText("Sam to send the CV template.")).toBeVisible();
  // What Sam did not share never reaches her phone.
  await expect(ella.getByText("her mum has been in touch")).toHaveCount(0);
  const saved = await ella.evaluate(() => JSON.stringify(Object.values(localStorage)));
  expect(saved).not.toContain("her mum has been in touch");
  await sams.close();
  await ellas.close();
});

test("a logged contact is corrected by a new entry, never changed", async ({ page }) => {
  await signIn(page, "sam");
  await page.getByRole("link", { name: /Daniel Mensah/ }).click();
  await page.getByRole("link", { name: "Contacts and national data →" }).click();
  const original = page.getByRole("listitem").filter({ hasText: "his flat is tidy and warm" });
  await original.getByRole("button", { name: /Correct this/ }).click();
  await expect(page.getByRole("heading", { name: "Correct an entry" })).toBeVisible();
  await page.getByLabel("What we talked about").fill("Apprenticeship going well; his flat is tidy, but the heating is broken.");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "the heating is broken" })).toContainText("Corrects the entry of");
  await expect(original).toContainText("Corrected by a later entry.");
  await expect(original).toContainText("his flat is tidy and warm");
});
