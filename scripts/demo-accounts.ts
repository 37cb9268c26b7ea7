// Creates (or restores) the demo accounts of the embedded demo database, one
// per role, and prints their credentials. Run by scripts/with-db.ts only when
// it started the embedded PostgreSQL: a real database never gets them.
import { DEMO_ACCOUNTS } from "../lib/demo-accounts";
import { hashPassword } from "../server/auth/password";
import { db } from "../server/db";

const desks = await db.desk.findMany({ select: { id: true }, orderBy: { id: "asc" } });
for (const account of DEMO_ACCOUNTS) {
  const emailKey = account.email.toLowerCase();
  const existing = await db.staffUser.findUnique({ where: { emailKey }, select: { id: true } });
  const fields = {
    email: account.email,
    name: account.name,
    role: account.role,
    active: true,
    passwordHash: await hashPassword(account.password),
    failedAttempts: 0,
    lockedUntil: null,
    totpSecret: account.totpSecret ?? null,
    totpEnabledAt: account.totpSecret ? new Date() : null,
  };
  const user = existing
    ? await db.staffUser.update({ where: { id: existing.id }, data: fields })
    : await db.staffUser.create({ data: { ...fields, emailKey } });
  if (account.role === "INVESTMENT_OFFICER") {
    // The demo officer works every desk, so every seeded inquiry shows up somewhere.
    await db.staffDesk.createMany({
      data: desks.map((d) => ({ userId: user.id, deskId: d.id })),
      skipDuplicates: true,
    });
  }
}
console.log("[portal] Demo accounts of the embedded database (sign in at /vi/admin/sign-in):");
for (const account of DEMO_ACCOUNTS) {
  console.log(`[portal]   ${account.role.padEnd(18)} ${account.email}  password: ${account.password}`);
}
console.log("[portal]   The administrator's code is shown on the code page in demo mode.");
await db.$disconnect();
