import "server-only";
import { db } from "../db";

export type OwnAccount = {
  passwordChangedAt: Date | null;
  secondFactorSince: Date | null;
  /** Recovery codes not used yet (0 without a second factor). */
  recoveryCodesLeft: number;
};

/** What the account page shows about the signed-in person's own sign-in methods (no secret is read). */
export async function getOwnAccount(userId: number): Promise<OwnAccount> {
  const [user, recoveryCodesLeft] = await Promise.all([
    db.staffUser.findUniqueOrThrow({ where: { id: userId }, select: { passwordChangedAt: true, totpEnabledAt: true } }),
    db.recoveryCode.count({ where: { userId, usedAt: null } }),
  ]);
  return {
    passwordChangedAt: user.passwordChangedAt,
    secondFactorSince: user.totpEnabledAt,
    recoveryCodesLeft: user.totpEnabledAt ? recoveryCodesLeft : 0,
  };
}
