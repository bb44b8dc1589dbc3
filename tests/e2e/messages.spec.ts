import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { DEMO_PASSWORD, serverCommand, signIn, waitForOfflineShell } from "./helpers";

// A team of its own, so what is said here changes nothing other tests see.
test.beforeAll(() => {
  process.env.PATHWAY_PASSWORD = DEMO_PASSWORD;
  serverCommand("user", "add", "--username", "ines", "--name", "Ines Duarte", "--role", "team_manager", "--team", "Eastfield leaving care team");
  serverCommand("user", "add", "--username", "omar", "--name", "Omar Haddou", "--role", "personal_adviser", "--team", "Eastfield leaving care team");
  serverCommand("user", "add", "--username", "zara", "--name", "Zara Khan", "--role", "young_person", "--adviser", "omar", "--date-of-birth", "2006-11-30");
});

test("she writes to her adviser offline; it sends, is delivered and read, and they talk back and forth live", async ({ browser }) => {
  const [zaras, omars, ines] = await Promise.all([browser.newContext(), browser.newContext(), browser.newContext()]);
  const zara = await zaras.newPage();
  await signIn(zara, "zara");
  await expect(zara.getByRole("status")).toContainText("Up to date");
  await waitForOfflineShell(zara);
  await zara.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Messages" }).click();
  await expect(zara.getByRole("heading", { level: 1, name: "Messages with Omar" })).toBeVisible();
  await expect(zara.getByText("No messages yet.")).toBeVisible();

  await zaras.setOffline(true);
  await zara.getByLabel("Your message").fill("Can we meet on Friday instead? I've got college Thursday.");
  await zara.getByRole("button", { name: "Send" }).click();
  const mine = zara.getByRole("list", { name: "Messages" }).getByRole("listitem").last();
  await expect(mine).toContainText("Can we meet on Friday instead?");
  await expect(mine).toContainText("Saved on this phone — will send when you're online");
  await expect(zara.getByLabel("Your message")).toHaveValue("");

  const omar = await omars.newPage();
  await signIn(omar, "omar");
  await expect(omar.getByRole("status")).toHaveText("Up to date");
  await zaras.setOffline(false);
  await expect(mine).toContainText(/Sent|Delivered/);
  // His phone has it, though he hasn't opened it: counted, and delivered.
  const messagesLink = omar.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /Messages/ });
  await expect(messagesLink).toHaveAccessibleName("Messages 1 unread");
  await expect(mine).toContainText("Delivered", { timeout: 5_000 });
  // Her card on his caseload says she is waiting for an answer.
  await expect(omar.getByRole("link", { name: /Zara Khan/ })).toContainText("Message waiting for an answer");

  await messagesLink.click();
  const conversation = omar.getByRole("link", { name: /Zara Khan/ });
  await expect(conversation).toContainText("1 unread");
  await expect(conversation).toContainText("Zara: Can we meet on Friday instead?");
  await conversation.click();
  await expect(omar.getByRole("heading", { level: 1, name: "Messages with Zara Khan" })).toBeVisible();
  await expect(mine).toContainText(/Read by Omar at \d\d:\d\d/, { timeout: 5_000 });
  await expect(messagesLink).toHaveAccessibleName("Messages");

  await omar.getByLabel("Your reply").fill("Friday's fine. 11am at the café by the library?");
  await omar.getByRole("button", { name: "Send" }).click();
  const zaraLink = zara.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /Messages/ });
  // She is on the conversation, so it is read as it arrives.
  await expect(zara.getByText("Friday's fine. 11am at the café by the library?")).toBeVisible({ timeout: 5_000 });
  const his = omar.getByRole("list", { name: "Messages" }).getByRole("listitem").last();
  await expect(his).toContainText(/Read by Zara at \d\d:\d\d/, { timeout: 5_000 });
  await expect(zaraLink).toHaveAccessibleName("Messages");

  await omar.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Caseload" }).click();
  await expect(omar.getByRole("link", { name: /Zara Khan/ })).not.toContainText("waiting for an answer");
  await omar.goBack();

  await zara.getByLabel("Your message").fill("Perfect, see you there");
  await zara.getByRole("button", { name: "Send" }).click();
  await expect(omar.getByText("Perfect, see you there")).toBeVisible({ timeout: 5_000 });

  for (const page of [zara, omar]) {
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const scan = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
      expect(scan.violations).toEqual([]);
    }
  }

  // Her team manager reads the conversation but doesn't write in it, and
  // her reading it doesn't tell Zara anyone "read" it.
  const inesPage = await ines.newPage();
  await signIn(inesPage, "ines");
  await inesPage.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Messages" }).click();
  await inesPage.getByRole("link", { name: /Zara Khan/ }).click();
  await expect(inesPage.getByText("Perfect, see you there")).toBeVisible();
  await expect(inesPage.getByText("Only her adviser writes here.")).toBeVisible();
  await expect(inesPage.getByRole("textbox")).toHaveCount(0);
  await Promise.all([zaras.close(), omars.close(), ines.close()]);
});
