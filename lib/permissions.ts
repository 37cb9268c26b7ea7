// Who may do what in the back office, in one place (docs/decisions/009).
// Pages and actions ask for a permission, never for a role: a role is only a
// named set of permissions, so moving a task between roles is a change here.

export const STAFF_ROLES = ["ADMINISTRATOR", "EDITOR", "INVESTMENT_OFFICER"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const PERMISSIONS = [
  /** Own account: sessions, password, second factor, signing out. */
  "account:self",
  /** The back office's start page. */
  "dashboard:view",
  /** Inquiries routed to one of the person's desks. */
  "inquiry:read:own-desk",
  "inquiry:manage:own-desk",
  /** Every inquiry, whatever its desk. */
  "inquiry:read:any",
  "inquiry:manage:any",
  /** The reports on inquiries (an officer's figures cover their desks). */
  "report:read",
  /** Finding, exporting and erasing what the portal holds about a person. */
  "personal-data:manage",
  /** Sectors, hubs, incentives, the procedure. */
  "content:edit",
  "post:write",
  "post:publish",
  "parcel:manage",
  "user:manage",
  "desk:manage",
  "routing:manage",
  "settings:manage",
  "audit:read",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const everyone = ["account:self", "dashboard:view"] as const satisfies readonly Permission[];

const ROLE_PERMISSIONS: Record<StaffRole, readonly Permission[]> = {
  ADMINISTRATOR: PERMISSIONS,
  EDITOR: [...everyone, "content:edit", "post:write", "post:publish", "parcel:manage"],
  INVESTMENT_OFFICER: [...everyone, "inquiry:read:own-desk", "inquiry:manage:own-desk", "report:read"],
};

export function permissionsOf(role: StaffRole): ReadonlySet<Permission> {
  return new Set(ROLE_PERMISSIONS[role]);
}

export function roleCan(role: StaffRole, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/** Administrators must sign in with a second factor; for the other roles it is optional. */
export function secondFactorRequired(role: StaffRole): boolean {
  return role === "ADMINISTRATOR";
}
