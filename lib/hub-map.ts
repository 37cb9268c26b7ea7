import type { LINK_STATUSES } from "./content/kinds";
import { type Bounds, boundsOf, type LngLat, projection } from "./map-projection";

// The layout of a hub's location map (components/hubs/hub-map.tsx): hubs,
// their outlines and a line to each transport link, projected onto one SVG
// canvas, with labels placed so that they neither leave the canvas nor cover
// one another. Pure, so it is tested without rendering.

export type LinkStatus = (typeof LINK_STATUSES)[number];
export type MapHub = { key: string; name: string; lat: number; lng: number; outline: LngLat[] };
export type MapLink = {
  key: string;
  hub: string;
  name: string;
  detail?: string;
  lat: number;
  lng: number;
  status: LinkStatus;
};

export type LabelLine = { text: string; detail: boolean };
/** `free`: placed where it covers nothing (else it may, the canvas being full). */
export type Label = { x: number; y: number; lines: LabelLine[]; box: Box; free: boolean };
type Box = { left: number; top: number; right: number; bottom: number };

export type HubMapLayout = {
  /** The drawn part of the canvas: its viewBox is `0 top width height`. */
  top: number;
  width: number;
  height: number;
  hubs: { key: string; x: number; y: number; outline: string; label: Label }[];
  links: { key: string; status: LinkStatus; from: [number, number]; to: [number, number]; label: Label | null }[];
};

export const LABEL_SIZE = 15;
export const DETAIL_SIZE = 13;
export const LINE_GAP = 3;
/** A name longer than this many characters is broken into lines (three at most). */
const WRAP_AT = 24;
/** Rough width of a character of the map's sans-serif text, as a share of its size. */
const CHAR_WIDTH = 0.52;
/** A link's point this close to one already labelled, under the same name, gets no second label. */
const SAME_PLACE = 14;

/** Widens the bounds so that the map is neither a strip (height at least `aspect` of the width) nor a tower. */
function balanced(bounds: Bounds, aspect: number): Bounds {
  const midLat = ((bounds.south + bounds.north) / 2) * (Math.PI / 180);
  let spanX = (bounds.east - bounds.west) * Math.cos(midLat);
  let spanY = bounds.north - bounds.south;
  const minimum = 0.02; // about 2 km: a hub alone still gets a readable frame
  spanX = Math.max(spanX, minimum);
  spanY = Math.max(spanY, minimum);
  if (spanY < spanX * aspect) spanY = spanX * aspect;
  if (spanY > spanX * 1.2) spanX = spanY / 1.2;
  const midLng = (bounds.west + bounds.east) / 2;
  const centreLat = (bounds.south + bounds.north) / 2;
  const halfLng = spanX / Math.cos(midLat) / 2;
  return { west: midLng - halfLng, east: midLng + halfLng, south: centreLat - spanY / 2, north: centreLat + spanY / 2 };
}

type Segment = [[number, number], [number, number]];

/** Whether a line segment crosses a box (Liang–Barsky clipping). */
function crosses([[x1, y1], [x2, y2]]: Segment, box: Box) {
  const dx = x2 - x1;
  const dy = y2 - y1;
  let t0 = 0;
  let t1 = 1;
  for (const [p, q] of [
    [-dx, x1 - box.left],
    [dx, box.right - x1],
    [-dy, y1 - box.top],
    [dy, box.bottom - y1],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

function overlaps(a: Box, b: Box) {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/**
 * A label of one or two lines beside a point: centred above or below it (the
 * side `direction` prefers first, -1 above), else to its right or left; the
 * first place inside the canvas that covers nothing placed before wins. With
 * none free, it is moved further out on the preferred side.
 */
function placeLabel(
  point: [number, number],
  lines: LabelLine[],
  direction: 1 | -1,
  canvas: { width: number; height: number },
  placed: Box[],
  segments: Segment[],
): Label {
  const sizeOf = (line: LabelLine) => (line.detail ? DETAIL_SIZE : LABEL_SIZE);
  const width = Math.max(...lines.map((line) => line.text.length * sizeOf(line) * CHAR_WIDTH)) + 6;
  const height = lines.reduce((sum, line) => sum + sizeOf(line) + LINE_GAP, 0);
  const clampX = (x: number) => Math.min(Math.max(x, width / 2 + 4), canvas.width - width / 2 - 4);
  const boxAt = (centre: number, top: number): Box => ({
    left: centre - width / 2,
    right: centre + width / 2,
    top,
    bottom: top + height,
  });
  const above = point[1] - 10 - height;
  const below = point[1] + 10;
  const [first, second] = direction === -1 ? [above, below] : [below, above];
  const options = [
    boxAt(clampX(point[0]), first),
    boxAt(clampX(point[0]), second),
    boxAt(point[0] + 14 + width / 2, point[1] - height / 2),
    boxAt(point[0] - 14 - width / 2, point[1] - height / 2),
    ...[first, second].flatMap((top) => [boxAt(point[0] + 4 + width / 2, top), boxAt(point[0] - 4 - width / 2, top)]),
  ];
  const inside = (box: Box) =>
    box.left >= 0 && box.right <= canvas.width && box.top >= 0 && box.bottom <= canvas.height;
  const clear = (option: Box) => inside(option) && !placed.some((other) => overlaps(option, other));
  // Best off every line too; else off other labels and markers at least.
  let box =
    options.find((option) => clear(option) && !segments.some((segment) => crosses(segment, option))) ??
    options.find(clear);
  const free = box !== undefined;
  if (!box) {
    box = options[0] as Box;
    for (let tries = 0; tries < 8; tries++) {
      const hit = placed.find((other) => overlaps(box as Box, other));
      if (!hit) break;
      box = boxAt(box.left + width / 2, direction === -1 ? hit.top - height - 2 : hit.bottom + 2);
    }
    box = boxAt(box.left + width / 2, Math.min(Math.max(box.top, 2), canvas.height - height - 2));
  }
  placed.push(box);
  return { x: round((box.left + box.right) / 2), y: round(box.top), lines, box, free };
}

/**
 * Lays out hubs and their links on a canvas `width` wide (labels need a
 * margin, hence the padding); a canvas too crowded for every label to find a
 * free place is made taller.
 */
export function hubMapLayout(hubs: MapHub[], links: MapLink[], width = 540): HubMapLayout | null {
  const bounds = boundsOf([
    ...hubs.map((hub) => [[hub.lng, hub.lat] as LngLat, ...hub.outline]),
    links.map((link) => [link.lng, link.lat] as LngLat),
  ]);
  if (!bounds) return null;
  let layout: HubMapLayout | null = null;
  for (const aspect of [0.6, 0.75, 0.9, 1.05]) {
    layout = layoutOn(bounds, aspect, hubs, links, width);
    const labels = [...layout.hubs.map((hub) => hub.label), ...layout.links.flatMap((link) => link.label ?? [])];
    if (labels.every((label) => label.free)) break;
  }
  return layout;
}

function layoutOn(bounds: Bounds, aspect: number, hubs: MapHub[], links: MapLink[], width: number): HubMapLayout {
  const p = projection(balanced(bounds, aspect), width, 60);
  const canvas = { width: p.width, height: p.height };
  const hubPoints = new Map(hubs.map((hub) => [hub.key, p.point([hub.lng, hub.lat])]));
  // Labels keep clear of every marker.
  const marker = ([x, y]: [number, number], r: number): Box => ({
    left: x - r,
    right: x + r,
    top: y - r,
    bottom: y + r,
  });
  const placed: Box[] = [
    ...[...hubPoints.values()].map((point) => marker(point, 13)),
    ...links.map((link) => marker(p.point([link.lng, link.lat]), 8)),
  ];
  const segments: Segment[] = links.flatMap((link) => {
    const from = hubPoints.get(link.hub);
    return from ? [[from, p.point([link.lng, link.lat])] as Segment] : [];
  });

  const laidHubs = hubs.map((hub) => {
    const point = hubPoints.get(hub.key) as [number, number];
    const below = links.filter((link) => link.hub === hub.key && p.point([link.lng, link.lat])[1] > point[1]);
    const above = links.filter((link) => link.hub === hub.key).length - below.length;
    // The hub's name goes on the side with fewer lines leaving it.
    const direction = below.length > above ? -1 : 1;
    return {
      key: hub.key,
      x: point[0],
      y: point[1],
      outline: hub.outline.length > 0 ? p.points(hub.outline) : "",
      label: placeLabel(point, wrap(hub.name), direction, canvas, placed, segments),
    };
  });

  const labelled: { name: string; at: [number, number] }[] = [];
  const laidLinks = links.flatMap((link) => {
    const from = hubPoints.get(link.hub);
    if (!from) return [];
    const to = p.point([link.lng, link.lat]);
    const same = labelled.some(
      (other) => other.name === link.name && Math.hypot(other.at[0] - to[0], other.at[1] - to[1]) < SAME_PLACE,
    );
    let label: Label | null = null;
    if (!same) {
      const lines = [...wrap(link.name), ...(link.detail ? [{ text: link.detail, detail: true }] : [])];
      label = placeLabel(to, lines, to[1] <= from[1] ? -1 : 1, canvas, placed, segments);
      labelled.push({ name: link.name, at: to });
    }
    return [{ key: link.key, status: link.status, from, to, label }];
  });

  // Only the part of the canvas that holds something is shown.
  const ys = [
    ...[...hubPoints.values()].map((point) => point[1]),
    ...laidLinks.map((link) => link.to[1]),
    ...[...laidHubs.map((hub) => hub.label), ...laidLinks.flatMap((link) => link.label ?? [])].flatMap((label) => [
      label.box.top,
      label.box.bottom,
    ]),
  ];
  const top = Math.max(0, Math.floor(Math.min(...ys) - 16));
  const bottom = Math.min(p.height, Math.ceil(Math.max(...ys) + 16));
  return { top, width: p.width, height: bottom - top, hubs: laidHubs, links: laidLinks };
}

/** A name as lines of about WRAP_AT characters, broken between words. */
export function wrap(name: string): LabelLine[] {
  const lines: string[] = [];
  for (const word of name.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && (last.length + 1 + word.length <= WRAP_AT || lines.length === 3)) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else lines.push(word);
  }
  return lines.map((text) => ({ text, detail: false }));
}

const round = (n: number) => Math.round(n * 10) / 10;
