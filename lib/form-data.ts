/** The text fields of a submitted form, by name (files and repeats of a name dropped). */
export function textFields(data: FormData): Record<string, string> {
  return Object.fromEntries(
    [...data.entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
}
