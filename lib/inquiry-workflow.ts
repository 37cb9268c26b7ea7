// The life of an inquiry in the back office, as data: which status may follow
// which (docs/decisions/013). Every change of status goes through
// `canMoveTo`; the detail page offers exactly the moves it allows.

export const INQUIRY_STATUSES = [
  "NEW",
  "ASSIGNED",
  "IN_PROGRESS",
  "WAITING_ON_INVESTOR",
  "QUALIFIED",
  "CLOSED_WON",
  "CLOSED_LOST",
  "SPAM",
  "HELD",
] as const;
export type InquiryStatusCode = (typeof INQUIRY_STATUSES)[number];

export const CLOSED_STATUSES = ["CLOSED_WON", "CLOSED_LOST", "SPAM"] as const satisfies readonly InquiryStatusCode[];
/** Still to be handled: everything but closed and spam (held ones wait for a decision too). */
export const OPEN_STATUSES = INQUIRY_STATUSES.filter(
  (status) => !(CLOSED_STATUSES as readonly string[]).includes(status),
) as readonly InquiryStatusCode[];

export function isOpen(status: InquiryStatusCode): boolean {
  return (OPEN_STATUSES as readonly string[]).includes(status);
}

/**
 * The moves a member of staff may make from each status by changing it.
 * Spam is reachable from anywhere; a closed inquiry can only be reopened
 * (back to in progress). Assigning (NEW → ASSIGNED) happens by choosing an
 * officer, and a held inquiry is either confirmed as spam or released (its
 * own action: it is then routed and mailed as if just received).
 */
const MOVES: Record<InquiryStatusCode, readonly InquiryStatusCode[]> = {
  NEW: ["IN_PROGRESS", "SPAM"],
  ASSIGNED: ["IN_PROGRESS", "SPAM"],
  IN_PROGRESS: ["WAITING_ON_INVESTOR", "QUALIFIED", "CLOSED_LOST", "SPAM"],
  WAITING_ON_INVESTOR: ["IN_PROGRESS", "QUALIFIED", "CLOSED_LOST", "SPAM"],
  QUALIFIED: ["IN_PROGRESS", "CLOSED_WON", "CLOSED_LOST", "SPAM"],
  CLOSED_WON: ["IN_PROGRESS"],
  CLOSED_LOST: ["IN_PROGRESS"],
  SPAM: ["IN_PROGRESS"],
  HELD: ["SPAM"],
};

export function movesFrom(status: InquiryStatusCode): readonly InquiryStatusCode[] {
  return MOVES[status];
}

export function canMoveTo(from: InquiryStatusCode, to: InquiryStatusCode): boolean {
  return MOVES[from].includes(to);
}

/** Closing (won or lost) needs a reason, kept on the timeline. */
export function needsReason(to: InquiryStatusCode): boolean {
  return to === "CLOSED_WON" || to === "CLOSED_LOST";
}

/** Why an inquiry was closed. */
export const CLOSE_REASONS = [
  "investedHere",
  "choseOtherLocation",
  "projectCancelled",
  "noResponse",
  "notEligible",
  "other",
] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

/** Assigning to an officer is possible while the inquiry is open and not held. */
export function canAssign(status: InquiryStatusCode): boolean {
  return isOpen(status) && status !== "HELD";
}
