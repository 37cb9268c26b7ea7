// `npm run admin:create -- --email … --name …`: the first administrator (or
// a new link for an existing one who cannot sign in). Prints a one-time link
// to set the password, valid one hour; nothing is e-mailed.
import { parseArgs } from "node:util";
import { localePath } from "../lib/paths";
import { inviteStaffSchema } from "../lib/schemas/staff";
import { recordAudit } from "../server/audit/record-audit";
import { issueLink } from "../server/auth/links";
import { emailKeyOf } from "../server/auth/sign-in";
import { db } from "../server/db";
import { env } from "../server/env";

const { values } = parseArgs({
  options: { email: { type: "string" }, name: { type: "string" }, locale: { type: "string", default: "vi" } },
});
const parsed = inviteStaffSchema.safeParse({
  email: values.email,
  name: values.name,
  role: "ADMINISTRATOR",
  userLocale: values.locale,
});
if (!parsed.success) {
  console.error('Usage: npm run admin:create -- --email name@example.vn --name "Full name" [--locale vi|en]');
  for (const issue of parsed.error.issues) console.error(`  ${issue.path.join(".")}: ${issue.message}`);
  process.exit(2);
}
const { email, name, userLocale } = parsed.data;
const who = { actorId: null, actorLabel: "npm run admin:create", clientKey: null };

const link = await db.$transaction(async (tx) => {
  const emailKey = emailKeyOf(email);
  const existing = await tx.staffUser.findUnique({ where: { emailKey } });
  if (existing && existing.role !== "ADMINISTRATOR") {
    throw new Error(`${email} already has an account as ${existing.role}: an administrator can change the role.`);
  }
  const user =
    existing ??
    (await tx.staffUser.create({ data: { email, emailKey, name, role: "ADMINISTRATOR", locale: userLocale } }));
  if (!user.active) await tx.staffUser.update({ where: { id: user.id }, data: { active: true } });
  const issued = await issueLink(tx, {
    userId: user.id,
    purpose: existing ? "PASSWORD_RESET" : "INVITATION",
    createdById: null,
    lifetimeMs: 3_600_000,
    email: false,
  });
  await recordAudit(tx, who, {
    action: existing ? "staff.password-link-issued" : "staff.invited",
    entityType: "staff-user",
    entityId: user.id,
    changes: existing
      ? { via: "command line" }
      : { email: [null, email], name: [null, name], role: [null, "ADMINISTRATOR"] },
  });
  return { ...issued, created: !existing };
});

console.log(
  link.created
    ? `Administrator ${email} created.`
    : `${email} is already an administrator: any earlier link stops working.`,
);
console.log(`Open this link within the hour to set the password (it works once):`);
console.log(
  `  ${env.SITE_URL}${localePath(userLocale, `/admin/set-password?token=${encodeURIComponent(link.token)}`)}`,
);
console.log("At the first sign-in the portal asks to set up an authenticator app (required for administrators).");
await db.$disconnect();
