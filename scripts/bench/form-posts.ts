// Posting the inquiry form as a browser without JavaScript does (multipart,
// the rendered form's hidden fields), for the benchmarks.
import { randomUUID } from "node:crypto";
import http from "node:http";
import { hiddenFields } from "../../tests/fixtures/form-html";

export type Answer = { status: number; location: string; ms: number };

/** The hidden fields of the rendered form at `url`: the action's, the idempotency token and the time stamp. */
export async function renderedForm(url: string): Promise<Record<string, string>> {
  const fields = hiddenFields(await (await fetch(url)).text());
  if (!fields.stamp || !fields.$ACTION_KEY) throw new Error("the inquiry form has changed: hidden fields not found");
  return fields;
}

function multipart(fields: Record<string, string>) {
  const boundary = `----portal-bench-${randomUUID()}`;
  const parts = Object.entries(fields).map(
    ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  return {
    body: Buffer.from(`${parts.join("")}--${boundary}--\r\n`),
    type: `multipart/form-data; boundary=${boundary}`,
  };
}

/** One submission to `url` from `client` (as a reverse proxy reports it); resolves with the answer. */
export function postForm(url: string, fields: Record<string, string>, client: string, agent: http.Agent) {
  const { body, type } = multipart(fields);
  const { origin } = new URL(url);
  return new Promise<Answer>((resolve, reject) => {
    const started = performance.now();
    const request = http.request(
      url,
      {
        method: "POST",
        agent,
        headers: {
          "Content-Type": type,
          "Content-Length": body.length,
          Origin: origin,
          "X-Forwarded-For": client,
        },
      },
      (response) => {
        response.resume();
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            location: String(response.headers.location ?? ""),
            ms: performance.now() - started,
          }),
        );
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

/** The inquiry every benchmark sends (the form's visible fields), from investor number `i`. */
export const benchInquiry = (i: number | string) => ({
  fullName: "Nguyễn Văn An",
  organisation: "Công ty Cổ phần Điện tử Mẫu",
  country: "VN",
  email: `investor-${i}@example.com`,
  phone: "+84 28 3822 0000",
  sector: "electronics",
  hub: "ben-luc",
  capitalRange: "10m-50m",
  landArea: "3",
  landAreaUnit: "ha",
  timeline: "within-12-months",
  message: "Chúng tôi dự kiến xây dựng nhà máy lắp ráp bo mạch điện tử và cần khoảng 3 ha đất.",
  consentProcessing: "on",
  website: "",
});
