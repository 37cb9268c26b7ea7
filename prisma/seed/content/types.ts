import type { ContentKind, DocOf } from "../../../lib/content/kinds";

/** One content entry as the seed publishes it (prisma/seed.ts, seedContent). */
export type SeedEntry = { [K in ContentKind]: { kind: K; key: string; sortOrder: number; doc: DocOf<K> } }[ContentKind];
