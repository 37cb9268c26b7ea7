// Creates (or restores) the demo accounts of the embedded demo database, one
// per role, and prints their credentials. Run by scripts/with-db.ts only when
// it started the embedded PostgreSQL: a real database never gets them.
import { DEMO_ACCOUNTS } from "../lib/demo-accounts";
import { seedDemoInquiries } from "../prisma/seed/demo-inquiries";
import { hashPassword } from "../server/auth/password";
import { db } from "../server/db";

const desks = await db.desk.findMany({ select: { id: true }, orderBy: { id: "asc" } });
const officers: { id: number; name: string; deskIds: number[] }[] = [];
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
    officers.push({ id: user.id, name: user.name, deskIds: desks.map((d) => d.id) });
  }
}
// Sample inquiries, once: the inbox, the start page and the reports have something to show.
const sampleInquiries = await seedDemoInquiries(db, { officers });
console.log("[portal] Demo accounts of the embedded database (sign in at /vi/admin/sign-in):");
for (const account of DEMO_ACCOUNTS) {
  console.log(`[portal]   ${account.role.padEnd(18)} ${account.email}  password: ${account.password}`);
}
console.log("[portal]   The administrator's code is shown on the code page in demo mode.");
if (sampleInquiries > 0) console.log(`[portal] ${sampleInquiries} sample inquiries added to the demo database.`);
await db.$disconnect();
