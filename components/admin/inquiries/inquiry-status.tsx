import type { InquiryStatusCode } from "@/lib/inquiry-workflow";
import { StatusBadge } from "../status-badge";

/** The badge's border colour per status: waiting for someone (new, held), done well, or ended otherwise. */
const tone: Record<InquiryStatusCode, "on" | "off" | "wait"> = {
  NEW: "wait",
  HELD: "wait",
  ASSIGNED: "on",
  IN_PROGRESS: "on",
  WAITING_ON_INVESTOR: "on",
  QUALIFIED: "on",
  CLOSED_WON: "on",
  CLOSED_LOST: "off",
  SPAM: "off",
};

/** An inquiry's status in words (already translated), with its colour as a second cue. */
export function InquiryStatus({ status, label }: { status: InquiryStatusCode; label: string }) {
  return <StatusBadge tone={tone[status]}>{label}</StatusBadge>;
}
