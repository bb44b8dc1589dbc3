import { test, expect, type Page } from "@playwright/test";
import { resolve } from "node:path";
import { openMyPlan, openPart, signIn } from "./helpers";

// The README's pictures of each main screen at 360 px, light and dark,
// taken from the real app on every run so they stay true.
const folder = resolve(__dirname, "..", "..", "docs", "screens");

async function shoot(page: Page, name: string) {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
    await page.screenshot({ path: `${folder}/${name}-${scheme}.png`, animations: "disabled" });
  }
  await page.emulateMedia({ colorScheme: "light" });
}

test("pictures of her main screens and her adviser's, for the README", async ({ browser }) => {
  const hers = await browser.newContext();
  const ella = await hers.newPage();
  await signIn(ella, "ella");
  await expect(ella.getByRole("heading", { level: 1, name: "Hi Ella" })).toBeVisible();
  await expect(ella.getByRole("status")).toContainText("Up to date");
  await shoot(ella, "her-home");
  await openMyPlan(ella);
  await shoot(ella, "her-plan");
  await openPart(ella, "Education and training");
  await ella.getByRole("region", { name: "Education and training" }).scrollIntoViewIfNeeded();
  await shoot(ella, "her-plan-part");
  await ella.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Goals" }).click();
  await expect(ella.getByRole("heading", { level: 1, name: "My goals" })).toBeVisible();
  await shoot(ella, "her-goals");
  await ella.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Voice" }).click();
  await expect(ella.getByRole("heading", { level: 1, name: "My voice" })).toBeVisible();
  await shoot(ella, "her-voice");
  await ella.goto("/people-who-help-me");
  await expect(ella.getByRole("heading", { level: 1, name: "People who help me" })).toBeVisible();
  await shoot(ella, "people-who-help-me");
  await hers.close();

  const his = await browser.newContext();
  const sam = await his.newPage();
  await signIn(sam, "sam");
  await expect(sam.getByRole("heading", { level: 1, name: "Caseload" })).toBeVisible();
  await expect(sam.getByRole("status")).toContainText("Up to date");
  await shoot(sam, "caseload");
  await sam.getByRole("link", { name: /Chloe Davies/ }).click();
  await sam.getByRole("button", { name: "Start a review" }).click();
  await openPart(sam, "Where I live");
  await shoot(sam, "staff-review");
  const bar = sam.getByRole("region", { name: "This review" });
  await bar.getByRole("button", { name: "Stop" }).click();
  await bar.getByRole("button", { name: "Yes, stop the review" }).click();
  await expect(sam.getByRole("status")).toContainText("Up to date");
  await his.close();

  const theirs = await browser.newContext();
  const morgan = await theirs.newPage();
  await signIn(morgan, "morgan");
  await expect(morgan.getByRole("status")).toContainText("Up to date");
  await morgan.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Reports" }).click();
  await expect(morgan.getByText(/· as of/)).toBeVisible();
  await shoot(morgan, "reports");
  await morgan.getByRole("link", { name: "Outcome Bees for the corporate parenting panel →" }).click();
  await expect(morgan.getByRole("region", { name: "Bee Happy" })).toBeVisible();
  await shoot(morgan, "outcome-bees");
  await theirs.close();
});
