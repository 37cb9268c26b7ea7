import { createHash } from "node:crypto";
import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

// Each test is its own client (as seen through a proxy), so per-client rate
// limits of one test never touch another.
const clientAddressOf = (testId: string) => {
  const hash = createHash("sha256").update(testId).digest();
  return `10.${hash[0]}.${hash[1]}.${hash[2]}`;
};
test.beforeEach(async ({ context }, testInfo) => {
  await context.setExtraHTTPHeaders({ "x-forwarded-for": clientAddressOf(testInfo.testId) });
});

/** The server refuses forms sent sooner than a person can fill them in (3 s). */
async function waitForMinimumFillTime(page: Page) {
  const stamp = await page.locator('input[name="stamp"]').inputValue();
  const shownAt = Number(stamp.split(".")[0]);
  const wait = shownAt + 3_300 - Date.now();
  if (wait > 0) await page.waitForTimeout(wait);
}

const inquiryForm = (page: Page) => page.locator("form").filter({ has: page.locator('input[name="stamp"]') });

async function fillValidForm(page: Page) {
  await page.getByLabel("Full name *").fill("Kim Min-jun");
  await page.getByLabel("Organisation *").fill("Hanbit Electronics");
  await page.getByLabel("Country *").fill("KR");
  await page.getByLabel("E-mail *").fill("minjun.kim@example.com");
  await page.getByLabel("Sector *").selectOption({ label: "Electronics" });
  await page.getByLabel("Planned investment *").selectOption({ label: "USD 50–200 million" });
  await page.getByLabel("Timeline *").selectOption({ label: "Within 12 months" });
  await page.getByLabel("Message *").fill("We plan a PCB assembly plant and need 3 ha.");
  await page.getByLabel(/^I agree that the/).check();
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`inquiry form with JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("an inquiry sent from a parcel page is stored and confirmed with a reference", async ({ page }) => {
      await page.goto("/en/land/BL-A-01");
      await page.getByRole("link", { name: "Send an inquiry about this parcel" }).click();
      await expect(page).toHaveURL(/\/en\/inquire\?parcel=BL-A-01$/);
      await expect(page.getByLabel("Parcels of interest")).toHaveValue("BL-A-01");
      await fillValidForm(page);
      await waitForMinimumFillTime(page);
      await page.getByRole("button", { name: "Send inquiry" }).click();
      await expect(page).toHaveURL(/\/en\/inquire\/received\?ref=LA-\d{4}-[A-Z0-9]{6}$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("We have received your inquiry");
      const reference = new URL(page.url()).searchParams.get("ref") ?? "";
      await expect(page.getByText(reference, { exact: true })).toBeVisible();
      await expect(page.getByText("The officer in charge will reply within 2 working days.")).toBeVisible();
    });

    test("bad input comes back with an error summary and messages next to the fields, keeping what was typed", async ({
      page,
    }) => {
      await page.goto("/vi/inquire");
      const posts: string[] = [];
      page.on("request", (request) => {
        if (request.method() === "POST") posts.push(request.url());
      });
      await page.getByLabel("Họ và tên *").fill("Nguyễn Văn An");
      await page.getByLabel("Thư điện tử *").fill("khong-phai-email");
      await page.getByRole("button", { name: "Gửi yêu cầu" }).click();
      const summary = page.getByRole("alert").filter({ hasText: "Vui lòng sửa các lỗi sau" });
      await expect(summary).toBeVisible();
      // With JavaScript the shared schema finds the mistakes before anything is sent.
      expect(posts).toHaveLength(javaScriptEnabled ? 0 : 1);
      if (javaScriptEnabled) await expect(summary).toBeFocused();
      await expect(
        summary.getByRole("link", { name: /^Thư điện tử: Nhập địa chỉ thư điện tử hợp lệ/ }),
      ).toHaveAttribute("href", "#email");
      await expect(
        summary.getByRole("link", {
          name: "Đồng ý xử lý dữ liệu: Cần có sự đồng ý của bạn để chúng tôi xử lý yêu cầu.",
        }),
      ).toHaveAttribute("href", "#consentProcessing");
      await expect(page.getByLabel("Họ và tên *")).toHaveValue("Nguyễn Văn An");
      await expect(page.getByLabel("Thư điện tử *")).toHaveAttribute("aria-invalid", "true");
      await expect(page.getByLabel(/^Tôi đồng ý để/)).not.toBeChecked();
    });

    test("markup typed into the form comes back as text and never runs", async ({ page }) => {
      page.on("dialog", (dialog) => {
        throw new Error(`a script ran: ${dialog.message()}`);
      });
      await page.goto("/en/inquire");
      await fillValidForm(page);
      const payload = `"><img src=x onerror=alert(1)><script>alert(2)</script>`;
      await page.getByLabel("Full name *").fill(payload);
      await page.getByLabel("Message *").fill(`</textarea>${payload}`);
      await page.getByLabel("E-mail *").fill("not-an-address");
      await page.getByRole("button", { name: "Send inquiry" }).click();
      await expect(page.getByRole("alert").filter({ hasText: "Please correct the following" })).toBeVisible();
      await expect(page.getByLabel("Full name *")).toHaveValue(payload);
      await expect(page.getByLabel("Message *")).toHaveValue(`</textarea>${payload}`);
      await expect(page.locator("img[src=x]")).toHaveCount(0);
    });

    test("a form sent sooner than a person could fill it in asks to check it, then goes through", async ({ page }) => {
      // Filling in takes Playwright well under the 3 s a person needs; on a
      // very slow machine, try again with a fresh form.
      for (let attempt = 0; ; attempt++) {
        await page.goto("/en/inquire");
        await fillValidForm(page);
        const shownAt = Number((await page.locator('input[name="stamp"]').inputValue()).split(".")[0]);
        if (Date.now() - shownAt < 2_000 || attempt === 4) break;
      }
      await page.getByRole("button", { name: "Send inquiry" }).click();
      const notice = page.getByRole("alert").filter({ hasText: "Please check your inquiry" });
      await expect(notice).toBeVisible();
      await expect(notice).toContainText("press “Send inquiry” again");
      if (javaScriptEnabled) await expect(notice).toBeFocused();
      // Everything typed or chosen is still there.
      await expect(page.getByLabel("Full name *")).toHaveValue("Kim Min-jun");
      await expect(page.getByLabel("Sector *")).toHaveValue("electronics");
      await expect(page.getByLabel(/^I agree that the/)).toBeChecked();
      if (javaScriptEnabled) await expectNoAxeViolations(page);
      await waitForMinimumFillTime(page);
      await page.getByRole("button", { name: "Send inquiry" }).click();
      await expect(page).toHaveURL(/\/en\/inquire\/received\?ref=LA-/);
    });

    test("a message far over the size limit is refused with a clear page", async ({ page }) => {
      await page.goto("/en/inquire");
      await fillValidForm(page);
      await page.getByLabel("Message *").fill("x".repeat(200_000));
      await waitForMinimumFillTime(page);
      const send = page.getByRole("button", { name: "Send inquiry" });
      if (javaScriptEnabled) {
        // The browser checks the form first: nothing is sent, the field says why.
        await send.click();
        await expect(page.getByRole("alert").filter({ hasText: "Message: This is too long." })).toBeVisible();
      } else {
        const [response] = await Promise.all([
          page.waitForResponse((r) => r.request().method() === "POST"),
          send.click(),
        ]);
        expect(response.status()).toBe(413);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your form is too large");
        await expect(page.getByText("The portal accepts forms of up to 128 KB.")).toBeVisible();
        await expect(page.getByRole("link", { name: "Open a new form" })).toHaveAttribute("href", "/en/inquire");
      }
    });
  });
}

test.describe("spam protection", () => {
  test.describe("without JavaScript, as form-filling scripts run", () => {
    test.use({ javaScriptEnabled: false });

    test("a filled-in spam trap is answered as usual, and the inquiry is kept for review", async ({ page }) => {
      await page.goto("/en/inquire");
      await fillValidForm(page);
      await page.locator('input[name="website"]').evaluate((input: HTMLInputElement) => {
        input.value = "http://spam.example";
      });
      await waitForMinimumFillTime(page);
      await page.getByRole("button", { name: "Send inquiry" }).click();
      await expect(page).toHaveURL(/\/en\/inquire\/received\?ref=LA-/);
      const reference = new URL(page.url()).searchParams.get("ref") ?? "";
      await page.goto("/en/inquire/status");
      await page.getByLabel("Reference").fill(reference);
      await page.getByLabel("E-mail").fill("minjun.kim@example.com");
      await page.getByRole("button", { name: "Check status" }).click();
      const result = page.getByRole("status");
      await expect(result.getByRole("heading", { level: 2 })).toHaveText(`${reference} · Current status: Received`);
      await expect(result.getByRole("listitem")).toHaveCount(1);
    });
  });

  test("past the per-client limit, the form says when to retry and how to reach the office, keeping what was typed", async ({
    page,
  }) => {
    await page.goto("/en/inquire");
    await fillValidForm(page);
    await page.getByLabel("Message *").fill("Our eleventh inquiry this hour.");
    await waitForMinimumFillTime(page);
    // Ten inquiries from this client, sent as the form would send them…
    const fields = await inquiryForm(page).evaluate((form: HTMLFormElement) =>
      [...new FormData(form).entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string"),
    );
    for (let i = 0; i < 10; i++) {
      const multipart = Object.fromEntries(
        fields.map(([name, value]) => [name, name === "token" ? `token-${i}-${Date.now()}` : value]),
      );
      const response = await page.request.post("/en/inquire", {
        multipart,
        maxRedirects: 0,
        headers: { "x-forwarded-for": clientAddressOf(test.info().testId) },
      });
      expect(response.status()).toBe(303);
    }
    // …then the eleventh, through the page.
    await page.getByRole("button", { name: "Send inquiry" }).click();
    const notice = page.getByRole("alert").filter({ hasText: "Too many inquiries from your connection" });
    await expect(notice).toBeVisible();
    await expect(notice).toBeFocused();
    await expect(notice).toContainText(/You can send this one after \d{2}:\d{2} Vietnam time \(in about \d+ minutes\)/);
    await expect(notice.getByRole("link", { name: /@/ })).toHaveAttribute("href", /^mailto:.+@.+/);
    await expect(page.getByLabel("Message *")).toHaveValue("Our eleventh inquiry this hour.");
    await expectNoAxeViolations(page);
  });
});

test.describe("inquiry pages", () => {
  for (const path of ["/vi/inquire", "/en/inquire?parcel=CG-A-01", "/en/inquire/received?ref=LA-2026-7K3QX9"]) {
    test(`have no WCAG 2.2 AA violations: ${path}`, async ({ page }) => {
      await page.goto(path);
      await expectNoAxeViolations(page);
    });
  }

  test("the error state has no WCAG 2.2 AA violations", async ({ page }) => {
    await page.goto("/en/inquire");
    await page.getByRole("button", { name: "Send inquiry" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Please correct the following" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("a confirmation page without a valid reference is a 404", async ({ page }) => {
    expect((await page.goto("/en/inquire/received?ref=<script>"))?.status()).toBe(404);
  });
});

test.describe("inquiry status", () => {
  test("reference and e-mail show the public timeline; a wrong pair gets the same not-found", async ({ page }) => {
    await page.goto("/en/inquire");
    await fillValidForm(page);
    await waitForMinimumFillTime(page);
    await page.getByRole("button", { name: "Send inquiry" }).click();
    await expect(page).toHaveURL(/\/en\/inquire\/received\?ref=/);
    const reference = new URL(page.url()).searchParams.get("ref") ?? "";
    await page.getByRole("link", { name: "Check the status of your inquiry" }).click();
    await expect(page.getByLabel("Reference")).toHaveValue(reference);

    // Each look-up starts from a fresh page, so no earlier answer is on screen.
    const lookUp = async (ref: string, email: string) => {
      await page.goto("/en/inquire/status");
      await page.getByLabel("Reference").fill(ref);
      await page.getByLabel("E-mail").fill(email);
      await page.getByRole("button", { name: "Check status" }).click();
    };
    const notFound = "No inquiry matches this reference and e-mail address. Please check both.";
    await lookUp(reference, "someone.else@example.com");
    await expect(page.getByRole("status")).toHaveText(notFound);
    await lookUp("LA-2026-ZZZZZZ", "minjun.kim@example.com");
    await expect(page.getByRole("status")).toHaveText(notFound);
    await lookUp(reference.toLowerCase(), "MINJUN.KIM@example.com");
    const result = page.getByRole("status");
    await expect(result.getByRole("heading", { level: 2 })).toHaveText(
      `${reference} · Current status: Passed to the desk in charge`,
    );
    await expect(result.getByRole("listitem")).toHaveCount(2);
    await expect(result).toContainText("Inquiry received");
    await expect(result).toContainText("Passed to the High-tech and digital economy desk");
    await expectNoAxeViolations(page);
  });
});
