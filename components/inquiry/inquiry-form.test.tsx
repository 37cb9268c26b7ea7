import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { InquiryForm, type InquiryFormTexts } from "./inquiry-form";

const texts: InquiryFormTexts = {
  required: "* required",
  sections: { you: "You", project: "Project", consent: "Consent" },
  fields: { honeypot: "Leave this field empty" },
  errors: {},
  capital: { "under-10m": "Under USD 10 million" },
  timeline: { later: "Later" },
  unitM2: "m²",
  unitHa: "ha",
  submit: "Send inquiry",
  privacyHref: "/en/privacy",
};

const render = (defaults: Record<string, string>) =>
  renderToStaticMarkup(
    <InquiryForm
      action={async () => null}
      locale="en"
      texts={texts}
      countries={{
        frequent: [{ value: "KR", label: "South Korea" }],
        all: [
          { value: "JP", label: "Japan" },
          { value: "KR", label: "South Korea" },
        ],
      }}
      sectors={[{ value: "electronics", label: "Electronics" }]}
      hubs={[]}
      defaults={defaults}
      token="0123456789abcdef0123"
      stamp="1764000000000.AAAAAAAAAAAAAAAAAAAAAA"
    />,
  );

describe("InquiryForm", () => {
  it("shows typed markup as text, never as markup", () => {
    const html = render({
      fullName: `"><img src=x onerror=alert(1)>`,
      message: "</textarea><script>alert(1)</script>",
    });
    expect(html).toContain('value="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"');
    expect(html).toContain("&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt;</textarea>");
    expect(html).not.toMatch(/<img|<script>alert/);
  });

  it("offers countries by name, stored as their ISO code", () => {
    const html = render({ country: "KR" });
    expect(html).toMatch(/<select id="country" name="country"[^>]*>/);
    expect(html).toContain('<option value="KR" selected="">South Korea</option>');
    expect(html).toContain('<option value="JP">Japan</option>');
  });

  it("carries the idempotency token, the signed time stamp and an empty, hidden spam trap", () => {
    const html = render({});
    expect(html).toContain('name="token" value="0123456789abcdef0123"');
    expect(html).toContain('name="stamp" value="1764000000000.AAAAAAAAAAAAAAAAAAAAAA"');
    const trap =
      /<div class="hidden"><label for="website">Leave this field empty<\/label><input ([^>]*)\/><\/div>/.exec(html);
    expect(trap?.[1]).toContain('name="website"');
    expect(trap?.[1]).toContain('tabindex="-1"');
    expect(trap?.[1]).toContain('value=""');
  });
});
