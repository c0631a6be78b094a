// The test endpoint's results, read back by @planetscale/database itself: what the driver makes
// of each encoded value must be what it makes of PlanetScale's (its decodeRow and cast run
// unchanged, through a fetch that answers with the endpoint's JSON).
import { Client } from "@planetscale/database";
import { describe, expect, it } from "vitest";
import { okResult, rowsResult, vitessType, type ColumnDefinition, type VitessResult } from "../planetscale/vitess-result";

// MySQL protocol types and flags (include/mysql_com.h) and character sets.
const T = { TINY: 1, LONG: 3, LONGLONG: 8, DATETIME: 12, DATE: 10, NEWDECIMAL: 246, BLOB: 252, VAR_STRING: 253, STRING: 254, NULL: 6 } as const;
const F = { NOT_NULL: 1, BLOB: 16, UNSIGNED: 32, BINARY: 128, ENUM: 256, SET: 2048 } as const;
const UTF8MB4 = 224;
const BINARY = 63;

const column = (name: string, columnType: number, characterSet: number, flags = 0, extra: Partial<ColumnDefinition> = {}): ColumnDefinition => ({
  name,
  columnType,
  characterSet,
  flags,
  columnLength: 20,
  decimals: 0,
  ...extra,
});
const bytes = (text: string | null) => (text === null ? null : Buffer.from(text, "utf8"));

/** Sends `result` through the driver as the body of an Execute response and returns what it decodes. */
async function throughDriver(result: VitessResult) {
  const fetch = () => Promise.resolve(new Response(JSON.stringify({ session: { signature: "s", vitessSession: {} }, result }), { status: 200 }));
  const client = new Client({ url: "http://db:secret@127.0.0.1:1", fetch });
  return client.execute("select 1");
}

describe("values encoded by the test endpoint and decoded by @planetscale/database", () => {
  const columns = [
    column("nothing", T.VAR_STRING, UTF8MB4),
    column("arabic", T.VAR_STRING, UTF8MB4),
    column("chinese", T.BLOB, UTF8MB4, F.BLOB),
    column("empty", T.VAR_STRING, UTF8MB4),
    column("at", T.DATETIME, BINARY, F.BINARY, { decimals: 3 }),
    column("day", T.DATE, BINARY, F.BINARY),
    column("amount", T.NEWDECIMAL, BINARY, 0, { decimals: 2 }),
    column("big", T.LONGLONG, BINARY),
    column("huge", T.LONGLONG, BINARY, F.UNSIGNED),
    column("flag", T.TINY, BINARY, F.NOT_NULL),
    column("count", T.LONG, BINARY),
    column("raw", T.VAR_STRING, BINARY, F.BINARY),
    column("status", T.STRING, UTF8MB4, F.ENUM),
    column("document", T.BLOB, UTF8MB4, F.BLOB, { extendedFormat: "json" }),
    column("json_as_text", T.BLOB, UTF8MB4, F.BLOB),
  ];
  const row = [
    null,
    bytes("مرحبا بالعالم"),
    bytes("南南合作 ✓"),
    bytes(""),
    bytes("2026-01-02 03:04:05.678"),
    bytes("2026-12-31"),
    bytes("-12345678901.25"),
    bytes("9007199254740993"),
    bytes("18446744073709551615"),
    bytes("1"),
    bytes("-42"),
    Buffer.from([0, 255, 128, 10]),
    bytes("in_force"),
    bytes('{"title":"Données ✓","n":[1,2]}'),
    bytes('["a?b"]'),
  ];

  it("decodes every value as the driver decodes PlanetScale's: NULL, UTF-8 text, dates as text, exact decimals and 64-bit integers, binary", async () => {
    const { rows } = await throughDriver(rowsResult(columns, [row]));
    expect(rows).toEqual([
      {
        nothing: null,
        arabic: "مرحبا بالعالم",
        chinese: "南南合作 ✓",
        empty: "",
        at: "2026-01-02 03:04:05.678",
        day: "2026-12-31",
        amount: "-12345678901.25",
        big: "9007199254740993",
        huge: "18446744073709551615",
        flag: 1,
        count: -42,
        raw: new Uint8Array([0, 255, 128, 10]),
        status: "in_force",
        document: { title: "Données ✓", n: [1, 2] },
        json_as_text: '["a?b"]',
      },
    ]);
  });

  it("sends byte lengths as strings, -1 for NULL, and the values' bytes in base64", () => {
    const encoded = rowsResult([column("a", T.VAR_STRING, UTF8MB4), column("b", T.VAR_STRING, UTF8MB4)], [[bytes("é中"), null]]);
    expect(encoded.rows).toEqual([{ lengths: ["5", "-1"], values: Buffer.from("é中").toString("base64") }]);
  });

  it("decodes rows whose values are all empty or NULL (no values at all in the JSON)", async () => {
    const encoded = rowsResult([column("a", T.VAR_STRING, UTF8MB4), column("b", T.VAR_STRING, UTF8MB4)], [[bytes(""), null]]);
    expect(encoded.rows).toEqual([{ lengths: ["0", "-1"] }]);
    expect((await throughDriver(encoded)).rows).toEqual([{ a: "", b: null }]);
  });

  it("leaves out what protobuf JSON leaves out: no rows, zero counts, the NULL type", async () => {
    expect(rowsResult([column("n", T.NULL, BINARY, F.BINARY)], [])).toEqual({ fields: [{ name: "n", charset: 63, flags: 128, columnLength: 20 }] });
    expect(okResult(0, 0)).toEqual({});
    const changed = await throughDriver(okResult(3, "18446744073709551615"));
    expect(changed.rowsAffected).toBe(3);
    expect(changed.insertId).toBe("18446744073709551615");
    const none = await throughDriver(okResult(0, 0));
    expect([none.rowsAffected, none.insertId, none.rows]).toEqual([0, "0", []]);
  });
});

describe("MySQL column types as Vitess names them", () => {
  it.each([
    [T.TINY, 0, "INT8"],
    [T.TINY, F.UNSIGNED, "UINT8"],
    [T.LONG, 0, "INT32"],
    [T.LONGLONG, 0, "INT64"],
    [T.LONGLONG, F.UNSIGNED, "UINT64"],
    [T.NEWDECIMAL, 0, "DECIMAL"],
    [T.DATETIME, F.BINARY, "DATETIME"],
    [T.DATE, F.BINARY, "DATE"],
    [T.VAR_STRING, 0, "VARCHAR"],
    [T.VAR_STRING, F.BINARY, "VARBINARY"],
    [T.BLOB, F.BLOB, "TEXT"],
    [T.BLOB, F.BLOB | F.BINARY, "BLOB"],
    [T.STRING, 0, "CHAR"],
    [T.STRING, F.BINARY, "BINARY"],
    [T.STRING, F.ENUM, "ENUM"],
    [T.STRING, F.SET, "SET"],
    [T.NULL, F.BINARY, "NULL_TYPE"],
  ])("type %i with flags %i is %s", (columnType, flags, name) => {
    expect(vitessType({ columnType, flags })).toBe(name);
  });

  it("names a column MariaDB declares JSON as JSON, as MySQL 8 does, and a JSON document kept in LONGTEXT as TEXT", () => {
    expect(vitessType({ columnType: T.BLOB, flags: F.BLOB, extendedFormat: "json" })).toBe("JSON");
    expect(vitessType({ columnType: T.BLOB, flags: F.BLOB })).toBe("TEXT");
  });
});
