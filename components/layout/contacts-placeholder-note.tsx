/**
 * The mark on contact details that are not yet the office's real ones
 * (`SiteSettings.contactsVerified` false): said in words, next to them, with
 * the inquiry form as the way that works meanwhile.
 */
export function ContactsPlaceholderNote({
  id,
  badge,
  text,
  inquire,
  className = "",
}: {
  id: string;
  badge: string;
  text: string;
  inquire: { href: string; label: string };
  className?: string;
}) {
  return (
    <div id={id} className={`rounded-md border-l-4 border-gold-400 bg-white/10 p-3 text-white ${className}`}>
      <p>
        <strong className="mr-2 inline-block rounded bg-gold-400 px-1.5 py-0.5 text-sm font-bold text-brand-950">
          {badge}
        </strong>
        {text}
      </p>
      <a
        href={inquire.href}
        className="mt-1 inline-flex min-h-6 items-center font-semibold underline underline-offset-4"
      >
        {inquire.label}
      </a>
    </div>
  );
}
