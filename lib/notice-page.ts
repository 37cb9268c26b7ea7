// A page the proxy answers with by itself: the 503 while the database is
// unreachable, the 413 for a request body that is too large. It is plain HTML
// with inline styles because it must render without the database (no site
// settings) and without the app's layout.

export type NoticeTexts = { title: string; body: string; link: string };

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

export function renderNoticePage(locale: string, texts: NoticeTexts, href: string): string {
  const t = { title: escapeHtml(texts.title), body: escapeHtml(texts.body), link: escapeHtml(texts.link) };
  return `<!doctype html>
<html lang="${escapeHtml(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${t.title}</title>
<style>
body{margin:0;font-family:system-ui,"Noto Sans",sans-serif;color:#1b2733;background:#eef5fa}
main{max-width:40rem;margin:10vh auto;padding:2rem 1.5rem;background:#fff;border-top:6px solid #0a2e4a;border-radius:8px}
h1{margin:0 0 1rem;color:#0a2e4a;font-size:1.75rem}
p{font-size:1.125rem;line-height:1.6}
a{display:inline-block;margin-top:1rem;padding:.75rem 1.25rem;background:#0f4c75;color:#fff;border-radius:6px;font-weight:600;text-decoration:none}
a:focus-visible{outline:3px solid #f5c242;outline-offset:2px}
</style>
</head>
<body>
<main>
<h1>${t.title}</h1>
<p>${t.body}</p>
<a href="${escapeHtml(href)}">${t.link}</a>
</main>
</body>
</html>`;
}
