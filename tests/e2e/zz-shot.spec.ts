import { test, expect } from "@playwright/test";
import { signIn } from "./helpers";

for (const scheme of ["light", "dark"] as const) {
  test(`reports ${scheme}`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.emulateMedia({ colorScheme: scheme });
    await signIn(page, "morgan");
    await expect(page.getByRole("status")).toContainText("Up to date");
    await page.goto("/reports");
    await expect(page.getByText(/· as of/)).toBeVisible();
    await page.getByRole("button", { name: /^Sam Okafor/ }).click();
    await page.getByLabel("Collection year").selectOption({ index: 1 });
    await page.getByRole("button", { name: "Check this year" }).click();
    await expect(page.getByText(/in the file\./)).toBeVisible();
    await page.screenshot({ path: `/tmp/shots/reports-${scheme}.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: `/tmp/shots/reports-wide-${scheme}.png`, fullPage: true });
    await page.emulateMedia({ media: "print" });
    await page.pdf({ path: `/tmp/shots/reports-${scheme}.pdf`, format: "A4" }).catch(() => {});
  });
}
