/**
 * A message already translated on the server with "{name}" left in place of
 * its values ("Lô {code}, {status}, {area} ha"), filled in: the page's data
 * then carries each sentence once and only the values for each parcel.
 */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
