import { expect, test } from "@playwright/test";
import { hiddenFields } from "../fixtures/form-html";
import { expectNoAxeViolations } from "./axe";
import { actAsOwnClient, clientAddressOf } from "./client-address";
import { fillValidForm, inquiryForm, waitForMinimumFillTime } from "./inquiry-form";

test.beforeEach(actAsOwnClient);

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
      // Past the address's daily cap of confirmations (these tests share one), the page says no e-mail follows.
      await expect(page).toHaveURL(/\/en\/inquire\/received\?ref=LA-\d{4}-[A-Z0-9]{6}(&mail=0)?$/);
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
          name: "Đồng ý xử lý dữ liệu: Cần có sự đồng ý của Quý nhà đầu tư để yêu cầu được xử lý.",
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
      // Filling in takes Playwright well under the 3 s a person needs. On a
      // busy machine it can take longer: that form is then a person's, and
      // goes through; try again with a fresh form.
      const notice = page.getByRole("alert").filter({ hasText: "Please check your inquiry" });
      for (let attempt = 0; ; attempt++) {
        await page.goto("/en/inquire");
        await fillValidForm(page);
        await page.getByRole("button", { name: "Send inquiry" }).click();
        const outcome = await Promise.race([
          notice.waitFor({ state: "visible" }).then(
            () => "asked",
            () => "neither",
          ),
          page.waitForURL(/\/en\/inquire\/received\?ref=LA-/).then(
            () => "received",
            () => "neither",
          ),
        ]);
        if (outcome === "asked") break;
        if (outcome === "neither" || attempt === 9)
          throw new Error(`no quick form was asked to be checked (${outcome})`);
      }
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

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("Back, then send again, is answered with the first reference, not a second inquiry", async ({ page }) => {
    await page.goto("/en/inquire");
    await fillValidForm(page);
    const message = await page.getByLabel("Message *").inputValue();
    const firstToken = await page.locator('input[name="token"]').inputValue();
    await waitForMinimumFillTime(page);
    await page.getByRole("button", { name: "Send inquiry" }).click();
    await expect(page).toHaveURL(/\/en\/inquire\/received\?ref=LA-/);
    const reference = new URL(page.url()).searchParams.get("ref") ?? "";

    await page.goBack();
    await expect(page).toHaveURL(/\/en\/inquire$/);
    // The page is rendered afresh (a new form); the browser may or may not restore what was typed.
    await expect(page.locator('input[name="token"]')).not.toHaveValue(firstToken);
    if ((await page.getByLabel("Message *").inputValue()) !== message) {
      await fillValidForm(page);
      await page.getByLabel("Message *").fill(message);
    }
    await waitForMinimumFillTime(page);
    await page.getByRole("button", { name: "Send inquiry" }).click();
    await expect(page).toHaveURL(new RegExp(`/en/inquire/received\\?ref=${reference}&again=1$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("We already have this inquiry");
    await expect(page.getByText(reference, { exact: true })).toBeVisible();
  });

  test("takes 1,5 ha on the Vietnamese form as one and a half hectares", async ({ page }) => {
    await page.goto("/vi/inquire");
    await page.getByLabel("Họ và tên *").fill("Nguyễn Văn An");
    await page.getByLabel("Tổ chức, doanh nghiệp *").fill("Công ty Cổ phần Điện tử Mẫu");
    await page.getByLabel("Quốc gia *").selectOption({ label: "Việt Nam" });
    await page.getByLabel("Thư điện tử *").fill("an.nguyen@example.com");
    await page.getByLabel("Ngành *").selectOption({ label: "Điện tử" });
    await page.getByLabel("Vốn đầu tư dự kiến *").selectOption({ index: 1 });
    await page.getByLabel("Diện tích đất cần").fill("1,5");
    await page.getByLabel("Số lao động dự kiến").fill("1.200");
    await page.getByLabel("Thời gian triển khai *").selectOption({ index: 1 });
    await page.getByLabel("Nội dung *").fill(`Chúng tôi cần 1,5 ha đất (${crypto.randomUUID()}).`);
    await page.getByLabel(/^Tôi đồng ý để/).check();
    await waitForMinimumFillTime(page);
    await page.getByRole("button", { name: "Gửi yêu cầu" }).click();
    await expect(page).toHaveURL(/\/vi\/inquire\/received\?ref=LA-/);
    // The status page shows it was stored; the stored area is checked in the integration tests.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ban Quản lý đã nhận yêu cầu của Quý nhà đầu tư");
  });

  test("refuses an unknown parcel code and a country that is not on the list, next to their fields", async ({
    page,
  }) => {
    await page.goto("/en/inquire");
    await fillValidForm(page);
    await page.getByLabel("Parcels of interest").fill("BL-A-01, NAN, ZZ-9-99");
    // A form changed by hand (or by a script) may send a code that is not ISO 3166.
    await page.getByLabel("Country *").evaluate((select: HTMLSelectElement) => {
      select.add(new Option("Nowhere", "XX"));
      select.value = "XX";
    });
    await waitForMinimumFillTime(page);
    await page.getByRole("button", { name: "Send inquiry" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "Please correct the following" });
    await expect(summary.getByRole("link", { name: "Country: Choose a country from the list." })).toHaveAttribute(
      "href",
      "#country",
    );
    await expect(page.getByLabel("Country *")).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#country-error")).toHaveText("Choose a country from the list.");
    // The country is checked first; with a country from the list, the codes are checked against the catalogue.
    await page.getByLabel("Country *").selectOption({ label: "Japan" });
    await page.getByRole("button", { name: "Send inquiry" }).click();
    await expect(page.locator("#parcels-error")).toHaveText(
      "Not in the parcel catalogue: NAN, ZZ-9-99. Please check the codes.",
    );
    await expect(page.getByLabel("Parcels of interest")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Parcels of interest")).toHaveValue("BL-A-01, NAN, ZZ-9-99");
    await expect(page.getByLabel("Country *")).toHaveValue("JP");
  });

  test("the status look-up is linked from every page's footer", async ({ page }) => {
    for (const [path, name, heading] of [
      ["/vi", "Tra cứu tình trạng yêu cầu", "Tra cứu tình trạng yêu cầu"],
      ["/en/land", "Check the status of an inquiry", "Check the status of an inquiry"],
    ] as const) {
      await page.goto(path);
      await page.getByRole("contentinfo").getByRole("link", { name }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    }
  });
});

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
    // Ten inquiries from this client, each from a form of its own, sent as the form would send them…
    const fields = await inquiryForm(page).evaluate((form: HTMLFormElement) =>
      [...new FormData(form).entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string"),
    );
    const hiddenOf = async () => {
      const { token = "", stamp = "" } = hiddenFields(await (await page.request.get("/en/inquire")).text());
      return { token, stamp };
    };
    const forms = [];
    for (let i = 0; i < 10; i++) forms.push(await hiddenOf());
    await page.waitForTimeout(3_300);
    for (const [i, form] of forms.entries()) {
      const multipart = Object.fromEntries(fields.map(([name, value]) => [name, value]));
      const response = await page.request.post("/en/inquire", {
        // Each a new inquiry (the same content again would be the one already stored).
        multipart: { ...multipart, ...form, message: `Inquiry number ${i} this hour (${crypto.randomUUID()}).` },
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

  test("a confirmation page for an inquiry without a confirmation e-mail says so", async ({ page }) => {
    await page.goto("/en/inquire/received?ref=LA-2026-7K3QX9&mail=0");
    await expect(page.getByText(/no confirmation e-mail is sent for this inquiry/)).toBeVisible();
    await expect(page.getByText(/check your spam folder/)).toHaveCount(0);
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
