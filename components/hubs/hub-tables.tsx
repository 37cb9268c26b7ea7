import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { Locale } from "@/i18n/routing";
import type { HubPage } from "@/server/hubs/get-hub";
import { TableScroll, tableClass } from "../admin/table-scroll";
import { ContentDate } from "../content/content-facts";
import { ContentParagraphs, ContentText } from "../content/content-text";
import { lineDash } from "./hub-map";

type Props = { locale: Locale; hub: HubPage; hubName: string };

function Table({
  id,
  caption,
  columns,
  children,
}: {
  id: string;
  caption: string;
  columns: string[];
  children: ReactNode;
}) {
  return (
    <TableScroll captionId={`${id}-caption`}>
      <table className={tableClass.table}>
        <caption id={`${id}-caption`} className={tableClass.caption}>
          {caption}
        </caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" className={tableClass.th}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </TableScroll>
  );
}

/** Said in words, with a mark beside it; "indicative" when not verified. */
function Indicative({ children }: { children: ReactNode }) {
  return <span className="inline-block rounded bg-amber-100 px-2 py-0.5 text-sm text-amber-950">{children}</span>;
}

/** The transport links: distance and how it was measured, status with its line style, as of, source. */
export async function TransportLinksTable({ locale, hub, hubName }: Props) {
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: "Hubs" }), getFormatter({ locale })]);
  if (hub.links.length === 0) return <p>{t("links.none")}</p>;
  return (
    <Table
      id="transport-links"
      caption={t("links.caption", { hub: hubName })}
      columns={[
        t("links.name"),
        t("links.type"),
        t("links.distance"),
        t("links.measured"),
        t("links.status"),
        t("links.asOf"),
        t("links.source"),
      ]}
    >
      {hub.links.map(({ key, doc }) => (
        <tr key={key} id={`transport-link-${key}`} className="target:bg-gold-300/30">
          <th scope="row" className={`${tableClass.rowTh} min-w-56`}>
            <ContentText value={doc.name} locale={locale} />
            {doc.note.vi ? (
              <ContentParagraphs
                value={doc.note}
                locale={locale}
                className="mt-1 max-w-md space-y-1 text-sm font-normal text-muted"
              />
            ) : null}
          </th>
          <td className={tableClass.td}>{t(`linkType.${doc.type}`)}</td>
          <td className={`${tableClass.td} whitespace-nowrap`}>
            {t("links.km", { value: format.number(doc.distanceKm, { maximumFractionDigits: 1 }) })}
          </td>
          <td className={`${tableClass.td} min-w-48`}>
            <ContentText value={doc.measured} locale={locale} />
          </td>
          <td className={`${tableClass.td} min-w-36`}>
            <span className="flex items-center gap-2">
              <svg aria-hidden="true" width="32" height="10" viewBox="0 0 32 10" className="shrink-0">
                <line
                  x1="2"
                  y1="5"
                  x2="30"
                  y2="5"
                  stroke="#0a2e4a"
                  strokeWidth="3"
                  strokeLinecap="round"
                  strokeDasharray={lineDash[doc.status]}
                />
              </svg>
              {t(`linkStatus.${doc.status}`)}
            </span>
          </td>
          <td className={`${tableClass.td} whitespace-nowrap`}>
            <ContentDate date={doc.asOf} locale={locale} />
          </td>
          <td className={`${tableClass.td} min-w-40`}>{doc.source}</td>
        </tr>
      ))}
    </Table>
  );
}

/** The logistics centres: former → current commune, area, status (indicative unless verified), as of, source. */
export async function LogisticsCentresTable({ locale, hub, hubName }: Props) {
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: "Hubs" }), getFormatter({ locale })]);
  if (hub.centres.length === 0) return <p>{t("centres.none")}</p>;
  return (
    <Table
      id="logistics-centres"
      caption={t("centres.caption", { hub: hubName })}
      columns={[
        t("centres.name"),
        t("centres.commune"),
        t("centres.area"),
        t("centres.status"),
        t("centres.verified"),
        t("centres.asOf"),
        t("centres.source"),
      ]}
    >
      {hub.centres.map(({ key, doc }) => (
        <tr key={key} id={`logistics-centre-${key}`} className="target:bg-gold-300/30">
          <th scope="row" className={`${tableClass.rowTh} min-w-48`}>
            <ContentText value={doc.name} locale={locale} />
            {doc.note.vi ? (
              <ContentParagraphs
                value={doc.note}
                locale={locale}
                className="mt-1 max-w-sm space-y-1 text-sm font-normal text-muted"
              />
            ) : null}
          </th>
          <td className={`${tableClass.td} min-w-40`}>
            {doc.formerCommune || doc.currentCommune
              ? `${doc.formerCommune || t("centres.unknown")} → ${doc.currentCommune || t("centres.unknown")}`
              : t("centres.unknown")}
          </td>
          <td className={`${tableClass.td} whitespace-nowrap`}>
            {doc.areaHa === null
              ? t("centres.unknown")
              : t("centres.ha", { value: format.number(doc.areaHa, { maximumFractionDigits: 1 }) })}
          </td>
          <td className={`${tableClass.td} min-w-36`}>{t(`centreStatus.${doc.status}`)}</td>
          <td className={`${tableClass.td} min-w-32`}>
            {doc.statusVerified ? t("centres.yes") : <Indicative>{t("centres.no")}</Indicative>}
          </td>
          <td className={`${tableClass.td} whitespace-nowrap`}>
            <ContentDate date={doc.asOf} locale={locale} />
          </td>
          <td className={`${tableClass.td} min-w-40`}>{doc.source}</td>
        </tr>
      ))}
    </Table>
  );
}

/** Former communes → the current commune, each checked against the resolution or shown as indicative. */
export async function CommunesTable({ locale, hub, hubName }: Props) {
  const t = await getTranslations({ locale, namespace: "Hubs" });
  if (hub.communes.length === 0) return <p>{t("communes.none")}</p>;
  return (
    <Table
      id="communes"
      caption={t("communes.caption", { hub: hubName })}
      columns={[t("communes.former"), t("communes.current"), t("communes.verified"), t("communes.source")]}
    >
      {hub.communes.map(({ key, doc }) => (
        <tr key={key} id={`commune-${key}`} className="target:bg-gold-300/30">
          <td className={`${tableClass.td} min-w-48`}>
            <span lang="vi">{doc.formerNames}</span>
            {doc.formerDistrict ? (
              <span className="block text-sm text-muted">
                {t.rich("communes.district", { district: () => <span lang="vi">{doc.formerDistrict}</span> })}
              </span>
            ) : null}
          </td>
          <th scope="row" lang="vi" className={`${tableClass.rowTh} min-w-36`}>
            {doc.currentName}
          </th>
          <td className={`${tableClass.td} min-w-32`}>
            {doc.verified ? t("communes.yes") : <Indicative>{t("communes.no")}</Indicative>}
          </td>
          <td className={`${tableClass.td} min-w-40`}>{doc.source}</td>
        </tr>
      ))}
    </Table>
  );
}
