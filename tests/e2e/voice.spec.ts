import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { DEMO_PASSWORD, openFromMore, openMyPlan, openPart, serverCommand, signIn, waitForOfflineShell } from "./helpers";

test("something's wrong, sent offline, reaches her adviser and manager within 10 s, who acknowledge and reply", async ({ browser }) => {
  const ellas = await browser.newContext();
  const ella = await ellas.newPage();
  await signIn(ella, "ella");
  await expect(ella.getByRole("status")).toContainText("Up to date");
  await waitForOfflineShell(ella);

  const sams = await browser.newContext();
  const sam = await sams.newPage();
  await signIn(sam, "sam");
  await expect(sam.getByRole("heading", { level: 1, name: "Caseload" })).toBeVisible();
  const morgans = await browser.newContext();
  const morgan = await morgans.newPage();
  await signIn(morgan, "morgan");
  await expect(morgan.getByRole("heading", { level: 1, name: "Team" })).toBeVisible();

  await ellas.setOffline(true);
  await ella.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Voice" }).click();
  await ella.getByRole("button", { name: "Something's wrong" }).click();
  await expect(ella.getByRole("note", { name: "If you are in danger" })).toContainText("call 999");
  await expect(ella.getByRole("button", { name: /Read this aloud/ })).toBeVisible();
  const scan = await new AxeBuilder({ page: ella }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
  expect(scan.violations).toEqual([]);
  await ella.getByRole("radio", { name: "Scared" }).check();
  await ella.getByLabel("What's wrong?").fill("My ex is outside the flat and won't go away.");
  await ella.getByLabel("I'd like someone to call me").check();
  await ella.getByRole("button", { name: "Send" }).click();
  await expect(ella.getByText("Thank you for telling us.")).toBeVisible();
  await expect(ella.getByText("It's saved on this phone and will send by itself when you're online.")).toBeVisible();
  await expect(ella.getByRole("note", { name: "If you are in danger" })).toContainText("0300 123 4567");
  await expect(ella.getByRole("listitem").first()).toContainText("Saved on this phone — will send when you're online");

  await ella.reload();
  await expect(ella.getByRole("listitem").first()).toContainText("Something's wrong");

  const reconnected = Date.now();
  await ellas.setOffline(false);
  const samsCard = sam.getByRole("listitem").first();
  await expect(samsCard).toContainText("Ella Morris", { timeout: 10_000 });
  await expect(samsCard).toContainText("SAFETY CONCERN RAISED", { ignoreCase: true, timeout: 10_000 });
  const seenBySam = Date.now() - reconnected;
  await expect(samsCard).toContainText("My ex is outside the flat");
  await expect(samsCard).toContainText("Asked to be called");
  await expect(morgan.getByRole("listitem").first()).toContainText("Ella Morris", { timeout: 10_000 });
  console.log(`flag on Sam's open caseload ${seenBySam} ms after Ella reconnected`);
  expect(seenBySam).toBeLessThan(10_000);

  await sam.getByRole("link", { name: /Voice/ }).click();
  const flagged = sam.getByRole("listitem").filter({ hasText: "Safety flag" }).first();
  await expect(flagged).toBeVisible();
  const inboxScan = await new AxeBuilder({ page: sam }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
  expect(inboxScan.violations).toEqual([]);
  await expect(flagged).toContainText("Wants a call");
  await flagged.getByRole("button", { name: "Acknowledge" }).click();
  await expect(flagged).toContainText("Acknowledged by Sam Okafor");
  await flagged.getByLabel("Reply").fill("I've called the police and I'm calling you now.");
  await flagged.getByRole("button", { name: "Send reply" }).click();
  await expect(sam.getByRole("status")).toContainText("Up to date", { timeout: 10_000 });

  await expect(ella.getByRole("listitem").first()).toContainText("Read by Sam Okafor", { timeout: 5_000 });
  await expect(ella.getByRole("listitem").first()).toContainText("Sam Okafor replied: I've called the police");
  // Once acknowledged, it leaves the top of the caseload.
  await sam.getByRole("link", { name: "Caseload" }).click();
  await expect(sam.getByRole("listitem").first()).not.toContainText("SAFETY CONCERN", { ignoreCase: true });
  await expect(sam.getByRole("link", { name: /Ella Morris/ })).not.toContainText("Asked to be called");
  await ellas.close();
  await sams.close();
  await morgans.close();
});

test("the words she is writing are still there when her phone closes the page before she sends them", async ({ browser }) => {
  process.env.PATHWAY_PASSWORD = DEMO_PASSWORD;
  serverCommand("user", "add", "--council", "Riverside", "--username", "rosa", "--name", "Rosa Lima", "--role", "young_person", "--adviser", "sam", "--date-of-birth", "2007-02-11");
  const context = await browser.newContext();
  const rosa = await context.newPage();
  await signIn(rosa, "rosa");
  await expect(rosa.getByRole("status")).toContainText("Up to date");
  await waitForOfflineShell(rosa);
  await context.setOffline(true);

  await rosa.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Voice" }).click();
  await rosa.getByRole("button", { name: "Something's wrong" }).click();
  await rosa.getByLabel("What's wrong?").fill("Someone keeps knocking on my door at night.");
  await rosa.getByLabel("Anything else you want to say").fill("I don't feel safe here.");
  // Her phone closes the page, as phones do to free memory while she is
  // in another app; she comes back to it.
  await rosa.reload();
  // The topic says she started writing, and only that one.
  await expect(rosa.getByRole("button", { name: "Something's wrong Not finished yet" })).toBeVisible();
  await expect(rosa.getByRole("button", { name: /Not finished yet/ })).toHaveCount(1);
  await rosa.getByRole("button", { name: "Something's wrong" }).click();
  await expect(rosa.getByLabel("What's wrong?")).toHaveValue("Someone keeps knocking on my door at night.");
  await expect(rosa.getByLabel("Anything else you want to say")).toHaveValue("I don't feel safe here.");
  await rosa.getByRole("button", { name: "Send" }).click();
  await expect(rosa.getByText("Thank you for telling us.")).toBeVisible();
  await rosa.reload();
  await expect(rosa.getByRole("button", { name: /Not finished yet/ })).toHaveCount(0);
  await rosa.getByRole("button", { name: "Something's wrong" }).click();
  await expect(rosa.getByLabel("What's wrong?")).toHaveValue("");
  await expect(rosa.getByLabel("Anything else you want to say")).toHaveValue("");

  await openFromMore(rosa, "Messages");
  await rosa.getByLabel("Your message").fill("Can you call me tomorrow?");
  await rosa.reload();
  await expect(rosa.getByLabel("Your message")).toHaveValue("Can you call me tomorrow?");
  await rosa.getByRole("button", { name: "Send" }).click();
  await expect(rosa.getByLabel("Your message")).toHaveValue("");
  await rosa.reload();
  await expect(rosa.getByRole("list", { name: "Messages" })).toContainText("Can you call me tomorrow?");
  await expect(rosa.getByLabel("Your message")).toHaveValue("");

  await context.setOffline(false);
  await expect(rosa.getByRole("status")).toContainText("Up to date", { timeout: 15_000 });

  // Her words in her plan, being written when the page closed: there when
  // she opens that part again, and gone once she cancels.
  const ellas = await browser.newContext();
  const ella = await ellas.newPage();
  await signIn(ella, "ella");
  await openMyPlan(ella);
  let health = await openPart(ella, "Health and wellbeing");
  const before = await health.locator("blockquote, p.quiet").first().textContent();
  await health.getByRole("button", { name: /Add what I think|Change these words/ }).click();
  await health.getByRole("textbox").fill("I've booked a dentist for the first time in years.");
  await ella.reload();
  // Folded, the part says her words there are not finished.
  const fold = ella.getByRole("button", { name: "Health and wellbeing", exact: true });
  await expect(fold).toHaveAccessibleDescription(/Not finished yet/);
  health = await openPart(ella, "Health and wellbeing");
  await expect(health.getByRole("textbox")).toHaveValue("I've booked a dentist for the first time in years.");
  await health.getByRole("button", { name: "Cancel" }).click();
  await ella.reload();
  health = await openPart(ella, "Health and wellbeing");
  await expect(health.getByRole("textbox")).toHaveCount(0);
  await expect(health.locator("blockquote, p.quiet").first()).toHaveText(before ?? "");
  await expect(fold).not.toHaveAccessibleDescription(/Not finished yet/);
  await ellas.close();

  const sams = await browser.newContext();
  const sam = await sams.newPage();
  await signIn(sam, "sam");
  await sam.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Voice" }).click();
  await expect(sam.getByRole("main")).toContainText("Someone keeps knocking on my door at night.");
  await context.close();
  await sams.close();
});

test("getting ready for a review puts her words beside each part of her plan", async ({ browser }) => {
  const ellas = await browser.newContext();
  const ella = await ellas.newPage();
  await signIn(ella, "ella");
  await ella.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Voice" }).click();
  await ella.getByRole("button", { name: "Get ready for my review" }).click();
  // One part a screen: she can skip any, sees how far she is, and her
  // words are kept on the phone as she writes.
  await ella.getByRole("radio", { name: "Good" }).check();
  await ella.getByRole("button", { name: "Next" }).click();
  const where = ella.getByRole("progressbar", { name: "Part 1 of 10" });
  await expect(where).toHaveAttribute("value", "1");
  await expect(ella.getByLabel("Contact and support")).toBeFocused();
  await ella.getByLabel("Contact and support").fill("Texting Sam works for me.");
  await ella.getByRole("button", { name: "Next" }).click();
  for (let part = 2; part < 8; part++) {
    await expect(ella.getByRole("progressbar", { name: `Part ${part} of 10` })).toBeVisible();
    await ella.getByRole("button", { name: "Skip this part" }).click();
  }
  await expect(ella.getByLabel("Money")).toBeVisible();
  await expect(ella.getByLabel("Where I live")).toBeHidden();
  await ella.getByLabel("Money").fill("Saving is going well. I want help with the gas bill.");
  for (const scheme of ["light", "dark"] as const) {
    await ella.emulateMedia({ colorScheme: scheme });
    const scan = await new AxeBuilder({ page: ella }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
    expect(scan.violations, scheme).toEqual([]);
  }
  await ella.reload();
  await ella.getByRole("button", { name: "Get ready for my review" }).click();
  await expect(ella.getByLabel("Money", { exact: true })).toHaveValue("Saving is going well. I want help with the gas bill.");
  await expect(ella.getByLabel("Contact and support")).toHaveValue("Texting Sam works for me.");
  await ella.getByRole("button", { name: "Next" }).click();
  for (let part = 1; part <= 10; part++) {
    await ella.getByRole("button", { name: /^(Next|Skip this part)$/ }).click();
  }
  await expect(ella.getByRole("progressbar", { name: "Last: anything else" })).toBeVisible();
  await ella.getByRole("button", { name: "Send" }).click();
  await expect(ella.getByRole("status")).toContainText("Up to date", { timeout: 15_000 });
  await openMyPlan(ella);
  await expect((await openPart(ella, "Money")).getByRole("heading", { name: "For my next review" })).toBeVisible();

  const sams = await browser.newContext();
  const sam = await sams.newPage();
  await signIn(sam, "sam");
  await sam.getByRole("link", { name: /Ella Morris/ }).click();
  const money = await openPart(sam, "Money");
  await expect(money.getByRole("heading", { name: "For the next review" })).toBeVisible();
  await expect(money).toContainText("I want help with the gas bill.");
  await ellas.close();
  await sams.close();
});

test("a reply being typed in the inbox is kept, with the focus, when another statement arrives live", async ({ browser }) => {
  process.env.PATHWAY_PASSWORD = DEMO_PASSWORD;
  serverCommand("user", "add", "--council", "Riverside", "--username", "kofi", "--name", "Kofi Mensah", "--role", "personal_adviser", "--team", "Southside leaving care team");
  for (const [username, name] of [["yara", "Yara Haddad"], ["sami", "Sami Aziz"]]) {
    serverCommand("user", "add", "--council", "Riverside", "--username", username, "--name", name, "--role", "young_person", "--adviser", "kofi", "--date-of-birth", "2006-02-03");
  }
  const [yaras, samis, kofis] = await Promise.all([browser.newContext(), browser.newContext(), browser.newContext()]);
  const [yara, sami, kofi] = await Promise.all([yaras.newPage(), samis.newPage(), kofis.newPage()]);
  const tell = async (page: typeof yara, words: string) => {
    await signIn(page, page === yara ? "yara" : "sami");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Voice" }).click();
    await page.getByRole("button", { name: "Share good news" }).click();
    await page.getByLabel("What happened?").fill(words);
    await page.getByRole("button", { name: "Send" }).click();
    await expect(page.getByRole("status")).toContainText("Up to date", { timeout: 10_000 });
  };
  await tell(yara, "I passed my driving test!");
  await signIn(kofi, "kofi");
  await kofi.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Voice" }).click();
  await expect(kofi.locator(".sync-status")).toHaveAttribute("data-live", "open");
  const yarasCard = kofi.getByRole("listitem").filter({ hasText: "I passed my driving test!" });
  const reply = yarasCard.getByLabel("Reply");
  await reply.fill("Brilliant news, Yara — well done");

  await tell(sami, "I started my new job today");
  await expect(kofi.getByText("I started my new job today")).toBeVisible({ timeout: 5_000 });
  await expect(reply).toHaveValue("Brilliant news, Yara — well done");
  await expect(reply).toBeFocused();

  // Closed before it was sent, the page opens with the reply still there;
  // sent, it is gone from the box.
  await kofi.reload();
  await expect(reply).toHaveValue("Brilliant news, Yara — well done");
  await yarasCard.getByRole("button", { name: "Send reply" }).click();
  await expect(yarasCard).toContainText("replied: Brilliant news, Yara — well done");
  await kofi.reload();
  await expect(reply).toHaveValue("");
  await Promise.all([yaras.close(), samis.close(), kofis.close()]);
});
