/** The portal's mark: a stylised circuit over river lines (decorative). */
export function Emblem({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 40 40" aria-hidden="true" focusable="false" className={className}>
      <rect width="40" height="40" rx="8" fill="#0a2e4a" />
      <path d="M6 28c5-3 9-3 14 0s9 3 14 0" stroke="#5fb3e4" strokeWidth="2.5" fill="none" strokeLinecap="round" />
      <path
        d="M6 33c5-3 9-3 14 0s9 3 14 0"
        stroke="#5fb3e4"
        strokeWidth="2"
        fill="none"
        strokeLinecap="round"
        opacity=".6"
      />
      <path d="M13 22V12h7l7 7" stroke="#f5c242" strokeWidth="2.5" fill="none" strokeLinejoin="round" />
      <circle cx="13" cy="10" r="2.5" fill="#f5c242" />
      <circle cx="29" cy="21" r="2.5" fill="#f5c242" />
    </svg>
  );
}
