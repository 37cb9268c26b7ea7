// The demo accounts of the embedded demo database (no DATABASE_URL): one per
// role, created by scripts/demo-accounts.ts at start-up and named on the
// sign-in page, in demo mode only. A real database never gets them.

import type { StaffRole } from "./permissions";

export type DemoAccount = { role: StaffRole; email: string; name: string; password: string; totpSecret?: string };

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    role: "ADMINISTRATOR",
    email: "admin@demo.longan-hitech.example",
    name: "Nguyễn Thị Quản Trị",
    password: "demo admin Bến Lức 2026",
    // Administrators sign in with a second factor; in demo mode the code page shows the current code.
    totpSecret: "JBSWY3DPEHPK3PXPJBSWY3DP",
  },
  {
    role: "EDITOR",
    email: "editor@demo.longan-hitech.example",
    name: "Trần Văn Biên Tập",
    password: "demo editor Cần Giuộc 2026",
  },
  {
    role: "INVESTMENT_OFFICER",
    email: "officer@demo.longan-hitech.example",
    name: "Lê Minh Xúc Tiến",
    password: "demo officer Tây Ninh 2026",
  },
];
