import "server-only";
import { CLIENT_ADDRESS_HEADER } from "@/lib/front-door";

/**
 * The address of the client making a request, for rate limits, as the front
 * door (scripts/lib/front-door.ts) worked it out from the connection and
 * TRUSTED_PROXIES; it replaces whatever a client sends in that header.
 */
export function clientAddress(requestHeaders: Headers): string {
  return requestHeaders.get(CLIENT_ADDRESS_HEADER) ?? "unknown";
}
