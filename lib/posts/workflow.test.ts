import { describe, expect, it } from "vitest";
import { permissionsOf } from "../permissions";
import {
  allowedTransitions,
  checkTransition,
  EDITABLE_STATUSES,
  isOwnPost,
  ownApprovalBlocked,
  POST_ACTIONS,
  POST_KIND_SLUGS,
  POST_KINDS,
  POST_STATUSES,
  type PostAction,
  type PostStatusCode,
  postKindOfSlug,
  TRANSITIONS,
  type WorkflowActor,
  type WorkflowPost,
} from "./workflow";

// The workflow as data: draft → in review → approved → scheduled or
// published → archived, rejection back to draft, nobody approving their own
// post unless the administrators allow it.

const AUTHOR = 1;
const REVIEWER = 2;
const editor = (userId: number): WorkflowActor => ({ userId, permissions: permissionsOf("EDITOR") });
const admin: WorkflowActor = { userId: 3, permissions: permissionsOf("ADMINISTRATOR") };
const officer: WorkflowActor = { userId: 4, permissions: permissionsOf("INVESTMENT_OFFICER") };
const writerOnly: WorkflowActor = { userId: 5, permissions: new Set(["post:write"]) };
const post = (status: PostStatusCode, authorId: number | null = AUTHOR, revisionAuthorId = authorId): WorkflowPost => ({
  status,
  authorId,
  revisionAuthorId,
});

describe("the transition table", () => {
  it("is the workflow the portal promises", () => {
    const table = Object.fromEntries(
      POST_ACTIONS.map((action) => [
        action,
        { from: [...TRANSITIONS[action].from].sort(), to: TRANSITIONS[action].to },
      ]),
    );
    expect(table).toEqual({
      submit: { from: ["DRAFT"], to: "IN_REVIEW" },
      approve: { from: ["IN_REVIEW"], to: "APPROVED" },
      reject: { from: ["APPROVED", "IN_REVIEW", "SCHEDULED"], to: "DRAFT" },
      publish: { from: ["APPROVED"], to: "PUBLISHED" },
      schedule: { from: ["APPROVED"], to: "SCHEDULED" },
      unschedule: { from: ["SCHEDULED"], to: "APPROVED" },
      archive: { from: ["APPROVED", "DRAFT", "IN_REVIEW", "PUBLISHED", "SCHEDULED"], to: "ARCHIVED" },
    });
  });

  it("needs post:write to submit and post:publish for everything else", () => {
    for (const action of POST_ACTIONS)
      expect(TRANSITIONS[action].permission, action).toBe(action === "submit" ? "post:write" : "post:publish");
  });

  it("keeps approving, publishing and scheduling from the author, and nothing else", () => {
    expect(POST_ACTIONS.filter((action) => TRANSITIONS[action].notByAuthor)).toEqual([
      "approve",
      "publish",
      "schedule",
    ]);
  });

  it("reaches every status from a draft, and leaves an archived post only by restoring a revision", () => {
    const reached = new Set<PostStatusCode>(["DRAFT"]);
    for (let changed = true; changed; ) {
      changed = false;
      for (const action of POST_ACTIONS)
        if (TRANSITIONS[action].from.some((from) => reached.has(from)) && !reached.has(TRANSITIONS[action].to)) {
          reached.add(TRANSITIONS[action].to);
          changed = true;
        }
    }
    expect([...reached].sort()).toEqual([...POST_STATUSES].sort());
    expect(POST_ACTIONS.filter((action) => TRANSITIONS[action].from.includes("ARCHIVED"))).toEqual([]);
    expect(EDITABLE_STATUSES).toEqual(POST_STATUSES.filter((status) => status !== "ARCHIVED"));
  });
});

describe("checkTransition", () => {
  it("allows each transition from its statuses and refuses it from every other", () => {
    for (const action of POST_ACTIONS)
      for (const status of POST_STATUSES) {
        const expected = TRANSITIONS[action].from.includes(status) ? null : "postWrongStatus";
        expect(checkTransition(action, post(status), editor(REVIEWER), false), `${action} from ${status}`).toBe(
          expected,
        );
        expect(checkTransition(action, post(status), admin, false), `${action} from ${status}`).toBe(expected);
      }
  });

  it("refuses everything to a role without post permissions, whatever the status", () => {
    for (const action of POST_ACTIONS)
      for (const status of POST_STATUSES) {
        expect(checkTransition(action, post(status), officer, false), `${action} from ${status}`).toBe("forbidden");
        expect(checkTransition(action, post(status, officer.userId), officer, true)).toBe("forbidden");
      }
  });

  it("lets a writer submit but not review", () => {
    expect(checkTransition("submit", post("DRAFT"), writerOnly, false)).toBeNull();
    for (const action of POST_ACTIONS.filter((a) => a !== "submit"))
      expect(checkTransition(action, post("IN_REVIEW"), writerOnly, false), action).toBe("forbidden");
  });

  it("refuses the author approving, publishing or scheduling their own post", () => {
    const cases: [PostAction, PostStatusCode][] = [
      ["approve", "IN_REVIEW"],
      ["publish", "APPROVED"],
      ["schedule", "APPROVED"],
    ];
    for (const [action, status] of cases) {
      expect(checkTransition(action, post(status), editor(AUTHOR), false), action).toBe("postOwnApproval");
      // …whoever saved the latest revision is an author too…
      expect(checkTransition(action, post(status, AUTHOR, REVIEWER), editor(REVIEWER), false), action).toBe(
        "postOwnApproval",
      );
      // …an administrator as much as an editor…
      expect(checkTransition(action, post(status, admin.userId), admin, false), action).toBe("postOwnApproval");
      // …unless self-approval is allowed.
      expect(checkTransition(action, post(status), editor(AUTHOR), true), action).toBeNull();
      expect(checkTransition(action, post(status), editor(REVIEWER), false), action).toBeNull();
    }
  });

  it("lets the author submit, reject, unschedule and archive their own post", () => {
    expect(checkTransition("submit", post("DRAFT"), editor(AUTHOR), false)).toBeNull();
    expect(checkTransition("reject", post("IN_REVIEW"), editor(AUTHOR), false)).toBeNull();
    expect(checkTransition("unschedule", post("SCHEDULED"), editor(AUTHOR), false)).toBeNull();
    expect(checkTransition("archive", post("PUBLISHED"), editor(AUTHOR), false)).toBeNull();
  });

  it("checks the status before the author (the page says why it is refused)", () => {
    expect(checkTransition("approve", post("DRAFT"), editor(AUTHOR), false)).toBe("postWrongStatus");
  });

  it("treats a post the portal was delivered with (no author) as nobody's own", () => {
    expect(isOwnPost(post("APPROVED", null, null), AUTHOR)).toBe(false);
    expect(checkTransition("publish", post("APPROVED", null, null), editor(AUTHOR), false)).toBeNull();
    // Once someone saves a revision of it, it is theirs.
    expect(checkTransition("publish", post("APPROVED", null, AUTHOR), editor(AUTHOR), false)).toBe("postOwnApproval");
  });
});

describe("allowedTransitions and ownApprovalBlocked", () => {
  it("offer what the status allows, in the page's order", () => {
    const reviewer = editor(REVIEWER);
    expect(allowedTransitions(post("DRAFT"), reviewer, false)).toEqual(["submit", "archive"]);
    expect(allowedTransitions(post("IN_REVIEW"), reviewer, false)).toEqual(["approve", "reject", "archive"]);
    expect(allowedTransitions(post("APPROVED"), reviewer, false)).toEqual(["reject", "publish", "schedule", "archive"]);
    expect(allowedTransitions(post("SCHEDULED"), reviewer, false)).toEqual(["reject", "unschedule", "archive"]);
    expect(allowedTransitions(post("PUBLISHED"), reviewer, false)).toEqual(["archive"]);
    expect(allowedTransitions(post("ARCHIVED"), reviewer, false)).toEqual([]);
  });

  it("leave out, and name, what the author may not do themselves", () => {
    const author = editor(AUTHOR);
    expect(allowedTransitions(post("IN_REVIEW"), author, false)).toEqual(["reject", "archive"]);
    expect(ownApprovalBlocked(post("IN_REVIEW"), author, false)).toEqual(["approve"]);
    expect(allowedTransitions(post("APPROVED"), author, false)).toEqual(["reject", "archive"]);
    expect(ownApprovalBlocked(post("APPROVED"), author, false)).toEqual(["publish", "schedule"]);
    expect(ownApprovalBlocked(post("APPROVED"), author, true)).toEqual([]);
    expect(allowedTransitions(post("APPROVED"), author, true)).toEqual(["reject", "publish", "schedule", "archive"]);
    expect(ownApprovalBlocked(post("APPROVED"), editor(REVIEWER), false)).toEqual([]);
    expect(ownApprovalBlocked(post("DRAFT"), author, false)).toEqual([]);
  });

  it("offer nothing to a role without post permissions", () => {
    for (const status of POST_STATUSES) {
      expect(allowedTransitions(post(status, officer.userId), officer, false)).toEqual([]);
      expect(ownApprovalBlocked(post(status, officer.userId), officer, false)).toEqual([]);
    }
  });
});

describe("kinds", () => {
  it("each have a URL value that reads back", () => {
    for (const kind of POST_KINDS) expect(postKindOfSlug(POST_KIND_SLUGS[kind])).toBe(kind);
    expect(Object.values(POST_KIND_SLUGS)).toEqual(["news", "event", "policy-update", "agreement"]);
    expect(postKindOfSlug("NEWS")).toBeUndefined();
    expect(postKindOfSlug("")).toBeUndefined();
  });
});
