// Every response carries the Content-Security-Policy of its part of the site
// (lib/security-headers.ts, docs/decisions/012-content-security-policy.md),
// and pages work under it: no violation, and their JavaScript runs.
import { expect, type Page, test } from "@playwright/test";
import { securityHeadersFor } from "../../lib/security-headers";

const locales = ["vi", "en"];
/** The back office's sign-in page: the first page of /{locale}/admin anyone reaches. */
const backOfficePage = "/vi/admin/sign-in";

// The e2e server's SITE_URL is http: no HSTS, no upgrade-insecure-requests.
const publicPolicy = securityHeadersFor({ path: "/vi", locales, nonce: "-", https: false, dev: false }).response[
  "Content-Security-Policy"
];

const directivesOf = (policy: string) =>
  new Map(
    policy
      .split(";")
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name, sources]),
  );

/** What the browser reports about the page: CSP violations, CSP console errors, uncaught errors. */
async function watchProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.exposeFunction("reportCspViolation", (text: string) => problems.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation;
      report(
        `${event.violatedDirective} refused ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  page.on("console", (message) => {
    if (message.type() === "error" && /content security policy|refused to/i.test(message.text())) {
      problems.push(message.text());
    }
  });
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
  return problems;
}

/** Waits until the violation reports of what has happened so far have arrived. */
const settled = (page: Page) => page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 250)));

/** Next.js's client runtime has started (it announces itself on window). */
const hydrated = (page: Page) => page.waitForFunction(() => "next" in window);

test.describe("public pages", () => {
  const pages = [
    { path: "/vi", next: { name: "Quỹ đất", url: /\/vi\/land$/ } },
    { path: "/vi/land", next: { name: "Trang chủ", url: /\/vi$/ } },
    { path: "/en/land/BL-A-01", next: { name: "Land", url: /\/en\/land$/ } },
    { path: "/vi/inquire", next: { name: "Quỹ đất", url: /\/vi\/land$/ } },
  ];
  for (const { path, next } of pages) {
    test(`${path} has the public policy and runs under it`, async ({ page }) => {
      const problems = await watchProblems(page);
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      const headers = response?.headers() ?? {};
      expect(headers["content-security-policy"]).toBe(publicPolicy);
      expect(headers["strict-transport-security"]).toBeUndefined();
      expect(headers["x-robots-tag"]).toBeUndefined();

      // Next.js's client router works: the header's links change page without loading a new document.
      await hydrated(page);
      await page.evaluate(() => Object.assign(window, { sameDocument: true }));
      await page
        .getByRole("navigation", { name: /^(Điều hướng chính|Main navigation)$/ })
        .getByRole("link", { ...next, exact: true })
        .click();
      await expect(page).toHaveURL(next.url);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await page.evaluate(() => "sameDocument" in window)).toBe(true);
      await settled(page);
      expect(problems).toEqual([]);
    });
  }

  test("the policy refuses framing, plugins, <base>, other origins' scripts and inline event handlers", async ({
    page,
  }) => {
    const problems = await watchProblems(page);
    const response = await page.goto("/en");
    const directives = directivesOf(response?.headers()["content-security-policy"] ?? "");
    expect(directives.get("default-src")).toEqual(["'self'"]);
    expect(directives.get("script-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directives.get("script-src-attr")).toEqual(["'none'"]);
    expect(directives.get("object-src")).toEqual(["'none'"]);
    expect(directives.get("base-uri")).toEqual(["'none'"]);
    expect(directives.get("form-action")).toEqual(["'self'"]);
    expect(directives.get("frame-ancestors")).toEqual(["'none'"]);
    expect(directives.has("upgrade-insecure-requests")).toBe(false);

    // Markup slipped into the page cannot run an event handler.
    await page.evaluate(() =>
      document.body.insertAdjacentHTML("beforeend", `<img alt="" src="data:," onerror="window.handlerRan = true">`),
    );
    await settled(page);
    expect(await page.evaluate(() => "handlerRan" in window)).toBe(false);
    expect(problems.some((problem) => problem.startsWith("script-src-attr refused inline"))).toBe(true);
  });

  test("the inquiry form's browser checks run: the error summary takes focus, nothing is sent", async ({ page }) => {
    const problems = await watchProblems(page);
    await page.goto("/vi/inquire");
    await hydrated(page);
    const posts: string[] = [];
    page.on("request", (request) => {
      if (request.method() === "POST") posts.push(request.url());
    });
    await page.getByLabel("Họ và tên *").fill("Nguyễn Văn An");
    await page.getByLabel("Thư điện tử *").fill("khong-phai-email");
    await page.getByRole("button", { name: "Gửi yêu cầu" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "Vui lòng sửa các lỗi sau" });
    await expect(summary).toBeFocused();
    expect(posts).toEqual([]);
    await settled(page);
    // Zod, checking the form in the browser, must not probe for eval (lib/schemas/inquiry.ts sets it jitless).
    expect(problems).toEqual([]);
  });

  test("a policy or nonce a client sends never reaches the page", async ({ request }) => {
    const response = await request.get("/vi/inquire", {
      headers: { "Content-Security-Policy": "script-src 'nonce-chosenByTheClient'", "X-Nonce": "chosenByTheClient" },
    });
    expect(response.headers()["content-security-policy"]).toBe(publicPolicy);
    expect(await response.text()).not.toContain("chosenByTheClient");
  });

  test("the front door's own pages keep their inline stylesheet", async ({ page }) => {
    const problems = await watchProblems(page);
    const response = await page.goto("/vi/land/%25");
    expect(response?.status()).toBe(404);
    expect(response?.headers()["content-security-policy"]).toBe(publicPolicy);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(238, 245, 250)");
    await settled(page);
    expect(problems).toEqual([]);
  });
});

test.describe("the back office", () => {
  test("is served with a fresh nonce that its scripts carry, never indexed or stored, and runs under it", async ({
    page,
    request,
  }) => {
    const problems = await watchProblems(page);
    const response = await page.goto(backOfficePage);
    expect(response?.status()).toBe(200);
    const headers = response?.headers() ?? {};
    expect(headers["x-robots-tag"]).toBe("noindex, nofollow");
    expect(headers["cache-control"]).toBe("private, no-store");
    expect(headers["strict-transport-security"]).toBeUndefined();

    const directives = directivesOf(headers["content-security-policy"] ?? "");
    const nonceSource = directives.get("script-src")?.[0] ?? "";
    const nonce = /^'nonce-([A-Za-z0-9+/]{22}==)'$/.exec(nonceSource)?.[1] ?? "";
    expect(Buffer.from(nonce, "base64")).toHaveLength(16);
    expect(directives.get("script-src")).toEqual([nonceSource, "'strict-dynamic'"]);
    expect(directives.get("style-src")).toContain(nonceSource);
    expect(directives.get("style-src")).not.toContain("'unsafe-inline'");
    expect(directives.has("style-src-attr")).toBe(false);
    expect(directives.get("default-src")).toEqual(["'self'"]);
    expect(directives.get("img-src")).toEqual(["'self'", "data:"]);
    expect(directives.get("connect-src")).toEqual(["'self'"]);
    expect(directives.get("object-src")).toEqual(["'none'"]);
    expect(directives.get("base-uri")).toEqual(["'none'"]);
    expect(directives.get("form-action")).toEqual(["'self'"]);
    expect(directives.get("frame-ancestors")).toEqual(["'none'"]);

    // Next.js put this request's nonce on every script of the page.
    const scriptTags = (await response?.text())?.match(/<script\b[^>]*>/g) ?? [];
    expect(scriptTags.length).toBeGreaterThan(0);
    for (const tag of scriptTags) expect(tag).toContain(`nonce="${nonce}"`);

    await hydrated(page);
    await settled(page);
    expect(problems).toEqual([]);

    // A nonce serves one response only.
    const again = await request.get(backOfficePage);
    expect(again.headers()["content-security-policy"]).not.toContain(nonce);
    expect(again.headers()["content-security-policy"]).toMatch(
      /script-src 'nonce-[A-Za-z0-9+/]{22}==' 'strict-dynamic'/,
    );
  });

  test("its errors and refusals are never indexed or stored either, whatever the method", async ({ request }) => {
    const answers = [
      await request.get("/vi/admin/no-such-page"),
      await request.get("/en/admin/%25"),
      await request.post(backOfficePage, { headers: { Origin: "https://evil.example" }, form: { x: "1" } }),
    ];
    expect(answers.map((answer) => answer.status())).toEqual([404, 404, 403]);
    for (const answer of answers) {
      expect(answer.headers()["cache-control"]).toBe("private, no-store");
      expect(answer.headers()["x-robots-tag"]).toBe("noindex, nofollow");
      expect(answer.headers()["content-security-policy"]).toMatch(/^default-src 'self'; script-src 'nonce-/);
    }
  });
});
