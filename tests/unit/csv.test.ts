import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { csvField, csvRow, toCsv } from "@/server/open-data/csv";

/** A strict RFC 4180 reader, only to check that what we write reads back unchanged. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else {
        field += c;
        i++;
      }
    } else if (c === '"' && field === "") {
      quoted = true;
      i++;
    } else if (c === ",") {
      row.push(field);
      field = "";
      i++;
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += 2;
    } else {
      if (c === '"' || c === "\r" || c === "\n") throw new Error(`unexpected ${JSON.stringify(c)} at ${i}`);
      field += c;
      i++;
    }
  }
  if (quoted) throw new Error("unterminated quoted field");
  if (field !== "" || row.length > 0) throw new Error("last record does not end with CRLF");
  return rows;
}

describe("csvField", () => {
  it("leaves plain text unquoted", () => {
    expect(csvField("Universidad de Chile")).toBe("Universidad de Chile");
    expect(csvField("")).toBe("");
  });

  it("quotes fields with a comma", () => {
    expect(csvField("Nairobi, Kenya")).toBe('"Nairobi, Kenya"');
  });

  it("quotes fields with a double quote and doubles it", () => {
    expect(csvField('The "Lab"')).toBe('"The ""Lab"""');
  });

  it("quotes fields with CR or LF", () => {
    expect(csvField("line one\nline two")).toBe('"line one\nline two"');
    expect(csvField("a\r\nb")).toBe('"a\r\nb"');
    expect(csvField("a\rb")).toBe('"a\rb"');
  });

  it("writes null and undefined as empty, dates as ISO 8601 UTC, numbers and booleans as text", () => {
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
    expect(csvField(new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 6)))).toBe("2026-01-02T03:04:05.006Z");
    expect(csvField(42)).toBe("42");
    expect(csvField(false)).toBe("false");
  });

  it("does not quote leading or trailing spaces (kept as data)", () => {
    expect(csvField(" padded ")).toBe(" padded ");
  });
});

describe("toCsv", () => {
  const columns = ["id", "name", "note"] as const;

  it("writes a header row and CRLF after every record", () => {
    const csv = toCsv(columns, [{ id: "1", name: "A", note: null }]);
    expect(csv).toBe("id,name,note\r\n1,A,\r\n");
  });

  it("writes only the header when there are no records", () => {
    expect(toCsv(columns, [])).toBe("id,name,note\r\n");
  });

  it("writes columns in header order whatever the key order of the record", () => {
    expect(csvRow(["x", null, 3])).toBe("x,,3");
    expect(toCsv(columns, [{ note: "n", name: "N", id: "i" }])).toBe("id,name,note\r\ni,N,n\r\n");
  });

  it("has no byte-order mark", () => {
    expect(toCsv(columns, [{ id: "1", name: "جامعة", note: "" }]).charCodeAt(0)).toBe("i".charCodeAt(0));
  });

  it("round-trips commas, quotes, newlines and non-Latin text (Arabic, Chinese, Cyrillic)", () => {
    const records = [
      { id: "a1", name: "جامعة القاهرة", note: "القاهرة، مصر" },
      { id: "b2", name: "清华大学", note: "北京，中国, \"双一流\"" },
      { id: "c3", name: 'Université "Cheikh Anta Diop", Dakar', note: "ligne 1\r\nligne 2\nligne 3" },
      { id: "d4", name: "Московский университет", note: "" },
      { id: "e5", name: "😀 emoji, too", note: '""' },
    ];
    const parsed = parseCsv(toCsv(columns, records));
    expect(parsed[0]).toEqual([...columns]);
    expect(parsed.slice(1)).toEqual(records.map((r) => [r.id, r.name, r.note]));
  });

  it("encodes as UTF-8 and decodes back to the same text", () => {
    const csv = toCsv(columns, [{ id: "1", name: "مختبر الذكاء الاصطناعي", note: "人工智能实验室" }]);
    const bytes = new TextEncoder().encode(csv);
    expect(bytes[0]).not.toBe(0xef);
    expect(new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toBe(csv);
  });
});

describe("formula injection", () => {
  it("prefixes a quote to a text cell that begins with =, +, -, @, tab or carriage return", () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField("+1+2")).toBe("'+1+2");
    expect(csvField("-2+3")).toBe("'-2+3");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("\t=1")).toBe("'\t=1");
    expect(csvField("\r=1")).toBe(`"'\r=1"`);
  });

  it("writes numbers as numbers, so a negative amount stays a negative number", () => {
    expect(csvField(-5)).toBe("-5");
    expect(csvField(-0.25)).toBe("-0.25");
    expect(csvRow(["-5", -5])).toBe("'-5,-5");
  });

  it("leaves text that only contains those characters later on as it is", () => {
    expect(csvField("Lab = AI + Data")).toBe("Lab = AI + Data");
    expect(csvField("a-b@c")).toBe("a-b@c");
  });

  it("never lets a spreadsheet read any generated text cell as a formula", () => {
    const dangerous = fc.constantFrom("=", "+", "-", "@", "\t", "\r");
    fc.assert(
      fc.property(fc.string(), fc.option(dangerous, { nil: undefined }), (text, start) => {
        const cell = (start ?? "") + text;
        const [parsed] = parseCsv(toCsv(["v"], [{ v: cell }])).slice(1);
        const written = parsed![0]!;
        expect(/^[=+\-@\t\r]/.test(written)).toBe(false);
        expect(written === cell || written === `'${cell}`).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

