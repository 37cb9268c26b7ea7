import en from "@/messages/en.json";
import vi from "@/messages/vi.json";
import "./globals.css";

// Reached only for paths the locale proxy does not handle (e.g. a missing
// file); it cannot know the visitor's language, so it speaks both.
export default function GlobalNotFound() {
  return (
    <html lang="vi">
      <body className="grid min-h-screen place-items-center p-6">
        <main className="max-w-prose space-y-6">
          {[
            { lang: "vi", m: vi.NotFound, href: "/vi" },
            { lang: "en", m: en.NotFound, href: "/en" },
          ].map(({ lang, m, href }) => (
            <section key={lang} lang={lang} className="space-y-2">
              <h1 className="text-2xl font-bold text-brand-900">{m.title}</h1>
              <p>{m.body}</p>
              <a className="text-brand-700 underline" href={href}>
                {m.home}
              </a>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
