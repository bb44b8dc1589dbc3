import { test, expect } from "@playwright/test";
import { signIn } from "./helpers";

for (const scheme of ["light", "dark"] as const) {
  test(`bees ${scheme}`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.emulateMedia({ colorScheme: scheme });
    await signIn(page, "jordan");
    await expect(page.getByText(/· as of/)).toBeVisible();
    await page.screenshot({ path: `/tmp/shots/jordan-${scheme}.png` });
    await page.goto("/reports/outcome-bees");
    await expect(page.getByRole("region", { name: "Bee Happy" })).toBeVisible();
    await page.screenshot({ path: `/tmp/shots/bees-${scheme}.png`, fullPage: true });
    if (scheme === "light") {
      await page.pdf({ path: `/tmp/shots/bees.pdf`, format: "A4" });
      await page.goto("/reports");
      await expect(page.getByText(/· as of/)).toBeVisible();
      await page.pdf({ path: `/tmp/shots/reports.pdf`, format: "A4" });
    }
  });
}
