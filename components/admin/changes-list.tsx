/** How a value of an audit entry's changes reads in a table cell: text as is, anything else as JSON, never too long. */
function shown(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

/** The changes of an audit entry, `{ field: [before, after] }`, one line per field ("role: EDITOR → ADMINISTRATOR"). */
export function ChangesList({ changes, empty }: { changes: unknown; empty: string }) {
  if (!changes || typeof changes !== "object" || Array.isArray(changes) || Object.keys(changes).length === 0) {
    return <span className="text-muted">{empty}</span>;
  }
  return (
    <ul className="space-y-0.5">
      {Object.entries(changes as Record<string, unknown>).map(([field, value]) => (
        <li key={field} className="break-words">
          <span className="font-mono text-sm text-muted">{field}:</span>{" "}
          {Array.isArray(value) && value.length === 2 ? (
            <>
              {shown(value[0])} <span aria-hidden="true">→</span>
              <span className="sr-only">,</span> {shown(value[1])}
            </>
          ) : (
            shown(value)
          )}
        </li>
      ))}
    </ul>
  );
}
