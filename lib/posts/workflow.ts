import type { Permission } from "../permissions";

// The life of a post, as data (docs/decisions/018): which transition may
// follow which status, the permission each needs and whether its author may
// make it. Every transition goes through `checkTransition`; the edit page
// offers exactly the transitions it allows.

export const POST_KINDS = ["NEWS", "EVENT", "POLICY_UPDATE", "AGREEMENT"] as const;
export type PostKindCode = (typeof POST_KINDS)[number];
/** How each kind appears in URLs (`/news?kind=event`). */
export const POST_KIND_SLUGS = {
  NEWS: "news",
  EVENT: "event",
  POLICY_UPDATE: "policy-update",
  AGREEMENT: "agreement",
} as const satisfies Record<PostKindCode, string>;
export type PostKindSlug = (typeof POST_KIND_SLUGS)[PostKindCode];
export const postKindOfSlug = (slug: string): PostKindCode | undefined =>
  POST_KINDS.find((kind) => POST_KIND_SLUGS[kind] === slug);

export const POST_STATUSES = ["DRAFT", "IN_REVIEW", "APPROVED", "SCHEDULED", "PUBLISHED", "ARCHIVED"] as const;
export type PostStatusCode = (typeof POST_STATUSES)[number];

export const POST_ACTIONS = ["submit", "approve", "reject", "publish", "schedule", "unschedule", "archive"] as const;
export type PostAction = (typeof POST_ACTIONS)[number];

type Transition = {
  from: readonly PostStatusCode[];
  to: PostStatusCode;
  permission: Permission;
  /** Refused to the post's author (and to whoever saved the revision) unless self-approval is allowed. */
  notByAuthor: boolean;
};

export const TRANSITIONS: Record<PostAction, Transition> = {
  submit: { from: ["DRAFT"], to: "IN_REVIEW", permission: "post:write", notByAuthor: false },
  approve: { from: ["IN_REVIEW"], to: "APPROVED", permission: "post:publish", notByAuthor: true },
  /** Back to draft, with a comment saying why. */
  reject: { from: ["IN_REVIEW", "APPROVED", "SCHEDULED"], to: "DRAFT", permission: "post:publish", notByAuthor: false },
  publish: { from: ["APPROVED"], to: "PUBLISHED", permission: "post:publish", notByAuthor: true },
  schedule: { from: ["APPROVED"], to: "SCHEDULED", permission: "post:publish", notByAuthor: true },
  unschedule: { from: ["SCHEDULED"], to: "APPROVED", permission: "post:publish", notByAuthor: false },
  archive: {
    from: ["DRAFT", "IN_REVIEW", "APPROVED", "SCHEDULED", "PUBLISHED"],
    to: "ARCHIVED",
    permission: "post:publish",
    notByAuthor: false,
  },
};

/** Saving a revision: allowed in every status but archived (restore an old revision instead). */
export const EDITABLE_STATUSES: readonly PostStatusCode[] = [
  "DRAFT",
  "IN_REVIEW",
  "APPROVED",
  "SCHEDULED",
  "PUBLISHED",
];

export type WorkflowActor = { userId: number; permissions: ReadonlySet<Permission> };
export type WorkflowPost = {
  status: PostStatusCode;
  /** Null for the posts the portal was delivered with. */
  authorId: number | null;
  /** Who saved the latest revision. */
  revisionAuthorId: number | null;
};

/** Why a transition is refused, as a key of "Admin.errors". */
export type TransitionRefusal = "forbidden" | "postWrongStatus" | "postOwnApproval";

/** Whether `actor` may make `action` on `post` now; null when allowed. */
export function checkTransition(
  action: PostAction,
  post: WorkflowPost,
  actor: WorkflowActor,
  allowSelfApproval: boolean,
): TransitionRefusal | null {
  const transition = TRANSITIONS[action];
  if (!actor.permissions.has(transition.permission)) return "forbidden";
  if (!transition.from.includes(post.status)) return "postWrongStatus";
  if (transition.notByAuthor && !allowSelfApproval && isOwnPost(post, actor.userId)) return "postOwnApproval";
  return null;
}

/** The post is the person's own: they created it or saved its latest revision. */
export function isOwnPost(post: WorkflowPost, userId: number): boolean {
  return post.authorId === userId || post.revisionAuthorId === userId;
}

/** The transitions `actor` may make now, in the order the edit page offers them. */
export function allowedTransitions(post: WorkflowPost, actor: WorkflowActor, allowSelfApproval: boolean): PostAction[] {
  return POST_ACTIONS.filter((action) => checkTransition(action, post, actor, allowSelfApproval) === null);
}

/** The transitions the status allows but the author may not make themselves (the page says why). */
export function ownApprovalBlocked(post: WorkflowPost, actor: WorkflowActor, allowSelfApproval: boolean): PostAction[] {
  return POST_ACTIONS.filter((action) => checkTransition(action, post, actor, allowSelfApproval) === "postOwnApproval");
}
