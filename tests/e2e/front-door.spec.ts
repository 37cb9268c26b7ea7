// What reaches the portal's server malformed, from elsewhere or with another
// host is answered with a clear status and a localized page, never a 500.
import { type APIRequestContext, expect, test } from "@playwright/test";
import { hiddenFields } from "../fixtures/form-html";

/** The inquiry form's hidden fields, as a browser would send them back. */
const inquiryFormFields = async (request: APIRequestContext) =>
  hiddenFields(await (await request.get("/en/inquire")).text());

test.describe("the front door", () => {
  test("answers a malformed multipart body with a localized 400, not a 500", async ({ request, baseURL }) => {
    const response = await request.post("/en/inquire", {
      headers: { "Content-Type": "multipart/form-data; boundary=XYZ", Origin: baseURL ?? "" },
      data: '--XYZ\r\nContent-Disposition: form-data; name="$ACTION_ID_x"\r\n\r\nbroken',
      maxRedirects: 0,
    });
    expect(response.status()).toBe(400);
    expect(response.headers()["content-type"]).toBe("text/html; charset=utf-8");
    expect(await response.text()).toContain("<h1>Bad request</h1>");
  });

  test("refuses a form posted from another site with a localized 403, and stores nothing", async ({ request }) => {
    const response = await request.post("/vi/inquire", {
      headers: { Origin: "https://evil.example" },
      multipart: { ...(await inquiryFormFields(request)), fullName: "X" },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(403);
    expect(await response.text()).toContain("<h1>Biểu mẫu không được gửi từ cổng thông tin</h1>");
  });

  test("explains a form of an older deployment instead of Next.js's plain text", async ({ request, baseURL }) => {
    const response = await request.post("/en/inquire", {
      headers: { Origin: baseURL ?? "" },
      multipart: { $ACTION_ID_00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00: "", message: "Hello" },
      maxRedirects: 0,
    });
    expect(response.status()).toBeGreaterThanOrEqual(400);
    expect(response.status()).toBeLessThan(500);
    expect(await response.text()).toMatch(/<h1>(This form is out of date|Bad request)<\/h1>/);
  });

  test("answers another host as the site's own: nothing the request names as a host comes back", async ({
    request,
  }) => {
    for (const path of ["/en/inquire", "/vi/land?hub=ben-luc"]) {
      const response = await request.get(path, {
        headers: { Host: "evil.example", "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "https" },
      });
      expect(response.status()).toBe(200);
      const html = await response.text();
      expect(html).not.toContain("evil.example");
      expect(html).toMatch(/<link rel="canonical" href="http:\/\/127\.0\.0\.1:\d+\//);
    }
    const redirect = await request.get("/", { headers: { "X-Forwarded-Host": "evil.example" }, maxRedirects: 0 });
    expect(redirect.headers().location ?? "").not.toContain("evil.example");
  });
});
