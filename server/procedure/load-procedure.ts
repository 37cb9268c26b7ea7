import "server-only";
import { type ContentItem, getContent, listContent } from "../content/read-content";
import { documentNumbers } from "../documents/list-documents";

export type Procedure = {
  overview: ContentItem<"procedure-overview"> | null;
  /** In their sort order, which is the order of the procedure. */
  steps: ContentItem<"procedure-step">[];
  documents: Map<string, string>;
};

/** The investment procedure: its overview and its steps in order. */
export async function loadProcedure(): Promise<Procedure> {
  const [overview, steps, documents] = await Promise.all([
    getContent("procedure-overview", "procedure"),
    listContent("procedure-step"),
    documentNumbers(),
  ]);
  return { overview, steps, documents };
}
