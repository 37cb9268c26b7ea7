"use client";

import Link from "next/link";
import { Fragment } from "react";
import type { ParcelStatusSlug } from "@/lib/parcels";
import { fill } from "./fill";

/**
 * One result, its values already in the page's language (parcel-results.tsx):
 * code, index of its status in `statuses`, index of its hub and land use in
 * `names`, 1 when it is sample data, area in ha and in m², rent, rent basis (index in `texts.rent`), power,
 * water and the verification date.
 */
export type ResultCard = [
  code: string,
  status: number,
  hub: number,
  use: number,
  sample: 0 | 1,
  figures: [ha: string, m2: string, rent: string, basis: number, power: string, water: string],
  verified: string,
];

export type ResultTexts = {
  /** Hub and land-use names the cards point at. */
  names: string[];
  /** Each status: its slug (the badge's class) and name. */
  statuses: [ParcelStatusSlug, string][];
  /** The terms of the figures: area, rent, power, water. */
  terms: [string, string, string, string];
  /** Sentences with "{name}" for each value (fill.ts): area ({ha}, {m2}), rent per basis ({value}), power and water ({value}), verified ({date}). */
  area: string;
  rent: string[];
  power: string;
  water: string;
  verified: string;
  sample: string;
  /** [visible text, accessible name with "{code}"]: add, then remove. */
  compare: [[string, string], [string, string]];
  compareFull: string;
  /** The parcels picked for comparison, at most `compareMax`, and the URL of the search without them. */
  compared: string[];
  compareMax: number;
  searchPath: string;
  /** "/vi/land/": a parcel's page is this and its code. */
  detailPath: string;
};

/**
 * The catalogue's result cards. Rendered on the server like the rest of the
 * page (it works without JavaScript); a client component only so that the
 * page's data holds one short record per card instead of every element of it
 * a second time. The look is in the stylesheet (.parcel-cards in
 * app/globals.css). The comparison links are plain links: a search is its own
 * cached page (proxy.ts), which a client navigation could answer from the
 * list already loaded.
 */
export function ResultCards({ cards, texts: t }: { cards: ResultCard[]; texts: ResultTexts }) {
  return (
    <ul className="parcel-cards">
      {cards.map(([code, status, hub, use, sample, figures, verified]) => {
        const removes = t.compared.includes(code) ? 1 : 0;
        const full = !removes && t.compared.length >= t.compareMax;
        return (
          <li key={code}>
            <div>
              <h3>
                <Link href={`${t.detailPath}${code}`}>{code}</Link>
              </h3>
              <span className={t.statuses[status]?.[0]}>{t.statuses[status]?.[1]}</span>
            </div>
            <p>{[t.names[hub], t.names[use], ...(sample ? [t.sample] : [])].join(" · ")}</p>
            <dl>
              {[
                fill(t.area, { ha: figures[0], m2: figures[1] }),
                fill(t.rent[figures[3]] ?? "", { value: figures[2] }),
                fill(t.power, { value: figures[4] }),
                fill(t.water, { value: figures[5] }),
              ].map((figure, index) => (
                <Fragment key={t.terms[index]}>
                  <dt>{t.terms[index]}</dt>
                  <dd>{figure}</dd>
                </Fragment>
              ))}
            </dl>
            <div>
              <span>{fill(t.verified, { date: verified })}</span>
              {!full ? (
                <a
                  href={compareHref(t, removes ? t.compared.filter((c) => c !== code) : [...t.compared, code])}
                  aria-label={fill(t.compare[removes][1], { code })}
                >
                  {t.compare[removes][0]}
                </a>
              ) : (
                <span>{t.compareFull}</span>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}

/** The search with these parcels picked (`compare` is the last parameter of a canonical search, lib/schemas/parcel-search.ts). */
function compareHref({ searchPath }: ResultTexts, codes: string[]): string {
  if (codes.length === 0) return searchPath;
  return `${searchPath}${searchPath.includes("?") ? "&" : "?"}compare=${encodeURIComponent(codes.join(","))}`;
}
