import { describe, expect, it } from "vitest";
import { hubMapLayout, type MapLink, wrap } from "./hub-map";

const hub = { key: "ben-luc", name: "Bến Lức area", lat: 10.64, lng: 106.49, outline: [] };
const link = (key: string, lat: number, lng: number, name = key): MapLink => ({
  key,
  hub: "ben-luc",
  name,
  detail: "12 km",
  lat,
  lng,
  status: "open",
});

const overlap = (
  a: { left: number; right: number; top: number; bottom: number },
  b: { left: number; right: number; top: number; bottom: number },
) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe("hubMapLayout", () => {
  it("draws a line from the hub to each link, inside the canvas", () => {
    const layout = hubMapLayout([hub], [link("port", 10.545, 106.735), link("airport", 10.775, 107.04)]);
    expect(layout).not.toBeNull();
    if (!layout) return;
    expect(layout.links).toHaveLength(2);
    for (const { from, to } of layout.links) {
      expect(from).toEqual([layout.hubs[0]?.x, layout.hubs[0]?.y]);
      for (const [x, y] of [from, to]) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(layout.width);
        expect(y).toBeGreaterThanOrEqual(layout.top);
        expect(y).toBeLessThanOrEqual(layout.top + layout.height);
      }
    }
  });

  it("keeps labels inside the canvas and apart, even for links reached at the same point", () => {
    const layout = hubMapLayout(
      [hub],
      [
        link("expressway", 10.652, 106.497, "Ho Chi Minh City–Trung Lương expressway"),
        link("ring-road", 10.652, 106.497, "Ring Road 3"),
        link("centre", 10.7725, 106.698, "Central Ho Chi Minh City"),
        link("airport", 10.775, 107.04, "Long Thành International Airport"),
      ],
    );
    if (!layout) throw new Error("no layout");
    const boxes = [
      ...layout.hubs.map((h) => h.label.box),
      ...layout.links.flatMap((l) => (l.label ? [l.label.box] : [])),
    ];
    expect(boxes).toHaveLength(5);
    for (const box of boxes) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(layout.width);
      expect(box.top).toBeGreaterThanOrEqual(layout.top);
      expect(box.bottom).toBeLessThanOrEqual(layout.top + layout.height);
    }
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) expect(overlap(a, b)).toBe(false);
    }
  });

  it("labels a destination several hubs share once", () => {
    const other = { key: "can-giuoc", name: "Cần Giuộc area", lat: 10.606, lng: 106.67, outline: [] };
    const layout = hubMapLayout(
      [hub, other],
      [
        { ...link("a", 10.7725, 106.698, "Central Ho Chi Minh City"), detail: undefined },
        { ...link("b", 10.7725, 106.698, "Central Ho Chi Minh City"), hub: "can-giuoc", detail: undefined },
      ],
    );
    expect(layout?.links.map((l) => l.label !== null)).toEqual([true, false]);
  });

  it("frames a hub alone", () => {
    const layout = hubMapLayout([hub], []);
    expect(layout?.height).toBeGreaterThan(40);
  });
});

describe("wrap", () => {
  it("breaks a long name between words into at most three lines", () => {
    expect(wrap("Ring Road 3").map((l) => l.text)).toEqual(["Ring Road 3"]);
    expect(wrap("Cao tốc Thành phố Hồ Chí Minh – Trung Lương (nút giao Mỹ Yên)").map((l) => l.text)).toEqual([
      "Cao tốc Thành phố Hồ Chí",
      "Minh – Trung Lương (nút",
      "giao Mỹ Yên)",
    ]);
  });
});
