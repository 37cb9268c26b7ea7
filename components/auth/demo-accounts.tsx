import { getTranslations } from "next-intl/server";
import { DEMO_ACCOUNTS } from "@/lib/demo-accounts";

/** The embedded demo database's accounts, on the sign-in page in demo mode only. */
export async function DemoAccounts() {
  const t = await getTranslations("Admin.demo");
  return (
    <section aria-labelledby="demo-accounts" className="mt-8 rounded-md border border-gold-400 bg-gold-50 p-4">
      <h2 id="demo-accounts" className="font-semibold text-brand-900">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm">{t("intro")}</p>
      <table className="mt-3 w-full text-left text-sm">
        <caption className="sr-only">{t("title")}</caption>
        <thead>
          <tr>
            <th scope="col" className="pr-2">
              {t("role")}
            </th>
            <th scope="col" className="pr-2">
              {t("email")}
            </th>
            <th scope="col">{t("password")}</th>
          </tr>
        </thead>
        <tbody>
          {DEMO_ACCOUNTS.map((account) => (
            <tr key={account.email} className="align-top">
              <th scope="row" className="pr-2 font-medium">
                {t(`roles.${account.role}`)}
              </th>
              <td className="pr-2 break-all font-mono">{account.email}</td>
              <td className="font-mono">{account.password}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
