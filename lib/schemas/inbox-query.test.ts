import { describe, expect, it } from "vitest";
import { OPEN_STATUSES } from "../inquiry-workflow";
import { DEFAULT_INBOX_QUERY, inboxQueryString, isFiltered, parseInboxQuery } from "./inbox-query";

const parse = (query: string) => parseInboxQuery(new URLSearchParams(query));

describe("the inbox's URL query", () => {
  it("is the default view when empty: open inquiries, due first, page 1", () => {
    expect(parse("")).toEqual(DEFAULT_INBOX_QUERY);
    expect(isFiltered(parse(""))).toBe(false);
    expect(inboxQueryString(parse(""))).toBe("");
  });

  it("reads every filter", () => {
    const query = parse(
      "status=new,in-progress&desk=3&assignee=me&sector=electronics&hub=ben-luc&country=kr&capital=over-200m" +
        "&from=2026-01-01&to=2026-02-01&overdue=1&q=+Nguyễn++Văn+&sort=received-desc&page=4",
    );
    expect(query).toEqual({
      status: ["NEW", "IN_PROGRESS"],
      desk: 3,
      assignee: "me",
      sector: "electronics",
      hub: "ben-luc",
      country: "KR",
      capital: "over-200m",
      from: "2026-01-01",
      to: "2026-02-01",
      overdue: true,
      q: "Nguyễn Văn",
      sort: "received-desc",
      page: 4,
    });
    expect(isFiltered(query)).toBe(true);
  });

  it("accepts statuses repeated, comma-separated, in capitals or with underscores", () => {
    expect(parse("status=NEW&status=waiting_on_investor").status).toEqual(["NEW", "WAITING_ON_INVESTOR"]);
    expect(parse("status=held").status).toEqual(["HELD"]);
    expect(parse("status=all").status).toBe("all");
    expect(parse("status=new,all").status).toBe("all");
    expect(parse("status=open").status).toBe("open");
  });

  it("ignores what makes no sense instead of failing", () => {
    const query = parse(
      "status=bogus&desk=abc&assignee=-1&sector=Not%20a%20slug&country=XX&capital=lots&from=2026-02-30" +
        "&to=yesterday&overdue=maybe&sort=random&page=0&q=%20%20",
    );
    expect(query).toEqual(DEFAULT_INBOX_QUERY);
    expect(parse("page=999999999").page).toBe(1);
    expect(parse("desk=none").desk).toBe("none");
    expect(parse("assignee=unassigned").assignee).toBe("unassigned");
    expect(parse("assignee=12").assignee).toBe(12);
  });

  it("turns a reversed date range round and cuts a long search", () => {
    const query = parse(`from=2026-03-01&to=2026-01-15&q=${"a".repeat(300)}`);
    expect([query.from, query.to]).toEqual(["2026-01-15", "2026-03-01"]);
    expect(query.q).toHaveLength(100);
  });

  it("reads Next's searchParams object too (first value of a repeated field, empty fields ignored)", () => {
    expect(parseInboxQuery({ desk: ["2", "5"], q: "", status: ["new", "assigned"], sort: undefined })).toEqual({
      ...DEFAULT_INBOX_QUERY,
      desk: 2,
      status: ["NEW", "ASSIGNED"],
    });
  });

  it("writes a query string that parses back to the same query, with overrides", () => {
    const query = parse("status=new,held&desk=none&assignee=unassigned&q=50%25+off&overdue=1&sort=activity-asc&page=2");
    const written = inboxQueryString(query);
    expect(parseInboxQuery(new URLSearchParams(written.slice(1)))).toEqual(query);
    expect(inboxQueryString(query, { page: 1, status: "all", q: undefined })).toBe(
      "?status=all&desk=none&assignee=unassigned&overdue=1&sort=activity-asc",
    );
    expect(inboxQueryString(DEFAULT_INBOX_QUERY, { status: [...OPEN_STATUSES].slice(0, 1) })).toBe("?status=new");
  });
});
