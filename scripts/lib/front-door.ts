// The portal's HTTP front door: every request passes here before Next.js
// (scripts/serve.ts). It does what only the server that owns the socket can
// do, and what Next.js would otherwise answer with a bare 500
// (docs/decisions/008-front-door.md):
// - the client's address, from the socket and TRUSTED_PROXIES, for rate limits;
// - every request answered as SITE_URL's host, so nothing a client sends as
//   Host or X-Forwarded-Host reaches links, redirects or the action origin check;
// - posts from another origin refused (403), broken paths refused (400/404),
//   bodies over the limit refused (411/413), each with a localized page;
// - a form post that fails answered with a localized page: 503 while the
//   database is down (sending again is safe), 400 when the request never
//   reached the portal's code, 500 otherwise; and the status a server action
//   asked for (lib/request-context.ts);
// - every response's Content-Security-Policy and HSTS, and the back office's
//   no-index and no-store, over whatever Next.js set; for the back office, the
//   nonce Next.js puts on its scripts, on the request it renders from
//   (lib/security-headers.ts, docs/decisions/012-content-security-policy.md);
// - who may keep a response: public pages Next.js serves from its cache (and
//   the comparison) for PUBLIC_CACHE_SECONDS in a shared cache; the back
//   office and anything asked with a cookie or setting one, nobody
//   (lib/cache-control.ts, docs/decisions/019-cacheable-catalogue.md).
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";
import { cacheControlFor } from "../../lib/cache-control";
import { databaseUnreachableSince } from "../../lib/database-status";
import { CLIENT_ADDRESS_HEADER, clientAddressOf, isSiteOrigin, pathProblem, requestLocale } from "../../lib/front-door";
import { type NoticeTexts, renderNoticePage } from "../../lib/notice-page";
import { type FormPostContext, formPostContext } from "../../lib/request-context";
import { MAX_FORM_BYTES, uploadLimitsFor } from "../../lib/request-limits";
import { newNonce, requestHeaderNames, securityHeadersFor } from "../../lib/security-headers";

/** The request header next-intl's middleware uses to hand a page its locale. */
const LOCALE_HEADER = "x-next-intl-locale";

/** What Next.js answers with a document that only a browser running its scripts can show (see errorPageFor). */
const emptyErrorPage = (status: number, contentType: string) =>
  (status === 404 || status === 403) && contentType.startsWith("text/html");

export type FrontDoorTexts = {
  notFound: NoticeTexts;
  forbidden: NoticeTexts;
  badRequest: NoticeTexts;
  crossSite: NoticeTexts;
  tooLarge: NoticeTexts;
  formUnavailable: NoticeTexts;
  formFailed: NoticeTexts;
  formOutdated: NoticeTexts;
  serverError: NoticeTexts;
};

type Messages = {
  FrontDoor: Omit<FrontDoorTexts, "notFound" | "forbidden" | "tooLarge">;
  NotFound: { title: string; body: string; home: string };
  RequestTooLarge: NoticeTexts;
  Admin: { forbidden: { title: string; bodyNoRole: string; ask: string; home: string } };
};

/** The front door's pages in one language, from that language's messages file. */
export function frontDoorTexts(messages: Messages): FrontDoorTexts {
  const { title, body, home } = messages.NotFound;
  const refused = messages.Admin.forbidden;
  return {
    ...messages.FrontDoor,
    notFound: { title, body, link: home },
    forbidden: { title: refused.title, body: `${refused.bodyNoRole} ${refused.ask}`, link: refused.home },
    tooLarge: messages.RequestTooLarge,
  };
}

export type FrontDoorOptions = {
  /** Next.js's request handler. */
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<unknown>;
  siteUrl: string;
  trustedProxies: number;
  locales: readonly string[];
  defaultLocale: string;
  texts: Record<string, FrontDoorTexts>;
  /** Next.js's development server (`npm run dev`): its policies allow what it needs. */
  dev?: boolean;
  /** How long a shared cache may keep a public page (PUBLIC_CACHE_SECONDS); 30 unless told. */
  publicCacheSeconds?: number;
};

type Page = { status: number; texts: NoticeTexts; href: string; headers?: Record<string, string> };

const bodyMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export function createFrontDoor(options: FrontDoorOptions) {
  const site = new URL(options.siteUrl);
  const siteHost = site.host;
  const siteProtocol = site.protocol.slice(0, -1);
  const sitePort = site.port || (site.protocol === "https:" ? "443" : "80");
  const https = site.protocol === "https:";

  const send = (req: IncomingMessage, res: ServerResponse, page: Page) => {
    const body = renderNoticePage(localeOf(req), page.texts, page.href);
    res.writeHead(page.status, {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Length": Buffer.byteLength(body),
      "Cache-Control": "no-store",
      ...page.headers,
    });
    res.end(req.method === "HEAD" ? undefined : body);
  };
  const localeOf = (req: IncomingMessage) =>
    requestLocale(pathOf(req), req.headers["accept-language"], options.locales, options.defaultLocale);
  const textsFor = (req: IncomingMessage) =>
    options.texts[localeOf(req)] ?? (options.texts[options.defaultLocale] as FrontDoorTexts);
  const home = (req: IncomingMessage) => `/${localeOf(req)}`;

  /** Handles one request; never rejects (a failure is answered with a localized 500 page). */
  return async function frontDoor(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const security = securityHeadersFor({
      path: pathOf(req),
      locales: options.locales,
      nonce: newNonce(),
      https,
      dev: options.dev ?? false,
    });
    for (const name of requestHeaderNames) {
      const value = security.request[name];
      if (value === undefined) delete req.headers[name];
      else req.headers[name] = value;
    }
    const cookie = Boolean(req.headers.cookie);
    withHeaders(res, security.response, (status) => {
      const given = res.getHeader("cache-control");
      const cacheControl = cacheControlFor({
        method: req.method ?? "GET",
        path: pathOf(req),
        locales: options.locales,
        cookie,
        status,
        given: given === undefined ? undefined : String(given),
        setsCookie: res.hasHeader("set-cookie"),
        publicSeconds: options.publicCacheSeconds ?? 30,
      });
      if (cacheControl) res.setHeader("Cache-Control", cacheControl);
    });
    try {
      await pass(req, res);
    } catch (error) {
      console.error("[portal] request failed:", error);
      if (!res.headersSent) send(req, res, { status: 500, texts: textsFor(req).serverError, href: home(req) });
      else res.end();
    }
  };

  async function pass(req: IncomingMessage, res: ServerResponse): Promise<unknown> {
    const texts = textsFor(req);
    const path = pathOf(req);

    // Only the front door says who the client is.
    req.headers[CLIENT_ADDRESS_HEADER] = clientAddressOf({
      socketAddress: req.socket.remoteAddress,
      forwardedFor: req.headers["x-forwarded-for"],
      trustedProxies: options.trustedProxies,
    });

    // The page's language, for next-intl, from the path as its middleware
    // tells it on page requests: posts bypass the proxy (decision 007), and
    // the page a server action renders would otherwise fall back to the
    // default language. Never a client's own value.
    delete req.headers[LOCALE_HEADER];
    const segment = path.split("/")[1] ?? "";
    if (options.locales.includes(segment)) req.headers[LOCALE_HEADER] = segment;

    const problem = pathProblem(path);
    if (problem === 404) return send(req, res, { status: 404, texts: texts.notFound, href: home(req) });
    if (problem === 400) return send(req, res, { status: 400, texts: texts.badRequest, href: home(req) });

    // Every request is answered as the site's canonical host.
    req.headers.host = siteHost;
    req.headers["x-forwarded-host"] = siteHost;
    req.headers["x-forwarded-proto"] = siteProtocol;
    req.headers["x-forwarded-port"] = sitePort;

    if (!bodyMethods.has(req.method ?? "GET")) {
      // Next.js renders the page of notFound() in the browser only: the 404
      // it sends is an empty document (vercel/next.js#62228). Such an answer
      // is replaced with a localized page that needs no JavaScript.
      // forbidden() (a back-office page the role may not use) is the same: 403.
      intercept(res, (status, contentType) => (emptyErrorPage(status, contentType) ? "read" : null), errorPageFor(req));
      return options.handle(req, res);
    }

    const origin = req.headers.origin;
    if (origin !== undefined) {
      if (!isSiteOrigin(origin, options.siteUrl)) {
        return send(req, res, { status: 403, texts: texts.crossSite, href: home(req) });
      }
      // Next.js compares it with the (canonical) host once more.
      req.headers.origin = site.origin;
    }
    // Browsers always send a form's length; a post without one is refused (411).
    // The paths that take files (a legal document's PDF, a post's image, a
    // parcel's boundary, for editors) each have their own, larger limit, and
    // check the file's size and content themselves.
    const length = req.headers["content-length"];
    const upload = uploadLimitsFor(path);
    const limit = upload?.bodyBytes ?? MAX_FORM_BYTES;
    if (length === undefined || Number(length) > limit) {
      const size = upload ? `${upload.fileBytes / 1024 / 1024} MB` : `${MAX_FORM_BYTES / 1024} KB`;
      const tooLarge = { ...texts.tooLarge, body: texts.tooLarge.body.replace("{size}", size) };
      res.setHeader("Connection", "close");
      return send(req, res, { status: length === undefined ? 411 : 413, texts: tooLarge, href: path });
    }

    // With JavaScript a server action is fetched and answered in React's own
    // format, which the browser handles itself; only plain form posts get pages.
    if (req.headers["next-action"] !== undefined) return options.handle(req, res);
    const context: FormPostContext = { actionStarted: false };
    intercept(
      res,
      (status, contentType) => {
        if (status >= 500) {
          if (databaseUnreachableSince() !== null) {
            return { status: 503, texts: texts.formUnavailable, href: path, headers: { "Retry-After": "30" } };
          }
          if (!context.actionStarted) return { status: 400, texts: texts.badRequest, href: home(req) };
          return { status: 500, texts: texts.formFailed, href: path };
        }
        // Next.js's own plain-text answers: an action of an older deployment, a malformed action.
        if (status >= 400 && contentType.startsWith("text/plain")) {
          const outdated = status === 404 || status === 409;
          return { status, texts: outdated ? texts.formOutdated : texts.badRequest, href: outdated ? path : home(req) };
        }
        // The page a refused post renders (403, see above), without JavaScript.
        if (emptyErrorPage(status, contentType)) return "read";
        if (context.status && status === 200) {
          res.statusCode = context.status.code;
          for (const [name, value] of Object.entries(context.status.headers)) res.setHeader(name, value);
          res.setHeader("Cache-Control", "no-store");
        }
        return null;
      },
      errorPageFor(req),
    );
    return formPostContext.run(context, () => options.handle(req, res));
  }

  /**
   * Next.js's document for notFound() and forbidden() renders its page only
   * in the browser (an empty `__next_error__` document, vercel/next.js#62228):
   * such an answer is replaced with a localized page that needs no JavaScript.
   */
  function errorPageFor(req: IncomingMessage) {
    return (body: Buffer, res: ServerResponse): Page | null => {
      if (!decoded(body, res.getHeader("content-encoding")).includes('<html id="__next_error__"')) return null;
      const texts = textsFor(req);
      return res.statusCode === 403
        ? { status: 403, texts: texts.forbidden, href: `${home(req)}/admin` }
        : { status: 404, texts: texts.notFound, href: home(req) };
    };
  }

  /**
   * Looks at a response when its head is about to be written: `atHead` may
   * adjust it and let it pass (null), send a page instead ("page"; whatever
   * Next.js goes on to write is dropped), or hold the response back ("read")
   * until its body is complete, when `atEnd` may still replace it.
   */
  function intercept(
    res: ServerResponse,
    atHead: (status: number, contentType: string) => Page | "read" | null,
    atEnd: (body: Buffer, res: ServerResponse) => Page | null = () => null,
  ) {
    const original = { writeHead: res.writeHead, write: res.write, end: res.end };
    const restore = () => Object.assign(res, original);
    let outcome: "pending" | "passed" | "replaced" | "reading" = "pending";
    let head: Parameters<ServerResponse["writeHead"]> | undefined;
    const chunks: Buffer[] = [];
    const replace = (page: Page) => {
      for (const name of res.getHeaderNames()) res.removeHeader(name);
      restore();
      send(res.req, res, page);
      outcome = "replaced";
    };
    const settle = () => {
      if (outcome !== "pending") return outcome;
      const decision = atHead(res.statusCode, String(res.getHeader("content-type") ?? ""));
      if (decision === "read") outcome = "reading";
      else if (decision) replace(decision);
      else outcome = "passed";
      return outcome;
    };
    const keep = (chunk: unknown, encoding?: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === "function") return;
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, encoding as BufferEncoding));
    };
    res.writeHead = function writeHead(this: ServerResponse, ...args: Parameters<ServerResponse["writeHead"]>) {
      this.statusCode = args[0];
      const state = settle();
      if (state === "replaced") return this;
      if (state === "reading") {
        head = args;
        return this;
      }
      args[0] = this.statusCode;
      return original.writeHead.apply(this, args);
    } as ServerResponse["writeHead"];
    res.write = function write(this: ServerResponse, ...args: unknown[]) {
      const state = settle();
      if (state === "passed") return (original.write as (...a: unknown[]) => boolean).apply(this, args);
      if (state === "reading") keep(args[0], args[1]);
      callbackOf(args)?.();
      return true;
    } as ServerResponse["write"];
    res.end = function end(this: ServerResponse, ...args: unknown[]) {
      const state = settle();
      if (state === "passed") return (original.end as (...a: unknown[]) => ServerResponse).apply(this, args);
      if (state === "reading") {
        keep(args[0], args[1]);
        const body = Buffer.concat(chunks);
        const page = atEnd(body, res);
        if (page) replace(page);
        else {
          restore();
          if (head) this.writeHead(...head);
          this.end(body);
        }
      }
      callbackOf(args)?.();
      return this;
    } as ServerResponse["end"];
  }
}

/**
 * Makes `headers` part of the response however its head is written (Node.js
 * writes an implicit head through writeHead too), over what was set before
 * and what writeHead itself is given: the front door's pages, Next.js's
 * pages, redirects and errors alike; `finish` then sees the whole head.
 */
function withHeaders(res: ServerResponse, headers: Record<string, string>, finish: (status: number) => void) {
  const writeHead = res.writeHead as (this: ServerResponse, status: number, reason?: string) => ServerResponse;
  res.writeHead = function writeHeadWithHeaders(this: ServerResponse, status: number, ...rest: unknown[]) {
    const reason = typeof rest[0] === "string" ? rest[0] : undefined;
    const given = (reason === undefined ? rest[0] : rest[1]) as OutgoingHttpHeaders | unknown[] | undefined;
    if (Array.isArray(given)) {
      // [name, value, name, value, …] or [[name, value], …]; a repeated name (Set-Cookie) adds a value.
      const pairs = Array.isArray(given[0])
        ? (given as [string, string][])
        : given.flatMap((_, i) => (i % 2 === 0 ? [[given[i], given[i + 1]] as [string, string]] : []));
      const seen = new Set<string>();
      for (const [name, value] of pairs) {
        const key = String(name).toLowerCase();
        if (seen.has(key)) this.appendHeader(String(name), value);
        else this.setHeader(String(name), value);
        seen.add(key);
      }
    } else if (given) {
      for (const [name, value] of Object.entries(given)) if (value !== undefined) this.setHeader(name, value);
    }
    for (const [name, value] of Object.entries(headers)) this.setHeader(name, value);
    finish(status);
    return writeHead.call(this, status, reason);
  } as ServerResponse["writeHead"];
}

/** A response body as written, whatever Next.js compressed it with. */
function decoded(body: Buffer, encoding: unknown): string {
  try {
    if (encoding === "gzip") return gunzipSync(body).toString("utf8");
    if (encoding === "br") return brotliDecompressSync(body).toString("utf8");
    if (encoding === "deflate") return inflateSync(body).toString("utf8");
  } catch {
    return "";
  }
  return body.toString("utf8");
}

const callbackOf = (args: unknown[]) => args.find((arg): arg is () => void => typeof arg === "function");

function pathOf(req: IncomingMessage) {
  const url = req.url ?? "/";
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}
