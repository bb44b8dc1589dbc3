import { test, expect } from "@playwright/test";
import { signIn } from "./helpers";

for (const scheme of ["light", "dark"] as const) {
  test(`audits ${scheme}`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.emulateMedia({ colorScheme: scheme });
    await signIn(page, "morgan");
    await expect(page.getByRole("status")).toContainText("Up to date");
    await page.goto("/audits");
    await expect(page.getByRole("heading", { level: 1, name: "Audits of practice" })).toBeVisible();
    await page.getByRole("button", { name: "Draw a sample" }).click();
    await expect(page.getByRole("article").first()).toBeVisible();
    await page.screenshot({ path: `/tmp/shots/audits-${scheme}.png`, fullPage: true });
  });
}
