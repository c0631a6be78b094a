// The programmes as JSON and CSV text, piece by piece from chunks of rows: the same writer for a
// page (programme-pages-http.ts) and for the full dump (dumps.ts). Every record is held to its
// output contract (openProgrammeOut) before it is written; JSON is compact.
import { OPEN_PROGRAMME_COLUMNS, OPEN_PROGRAMME_FIELDS, toCsvRecord, type OpenProgramme } from "../catalogue/open-data";
import { openProgrammeOut } from "./contracts";
import { csvRow } from "./csv";

/** `{ generatedAt, licence, …header, fields, programmes: […], count }` */
export async function* programmesJsonDocument(rows: AsyncIterable<OpenProgramme[]>, header: Record<string, unknown>): AsyncGenerator<string, void> {
  const head = JSON.stringify({ ...header, licence: "CC BY 4.0", fields: OPEN_PROGRAMME_FIELDS });
  yield `${head.slice(0, -1)},"programmes":[`;
  let n = 0;
  for await (const chunk of rows) yield chunk.map((p) => `${n++ === 0 ? "" : ","}${JSON.stringify(openProgrammeOut.parse(p))}`).join("");
  yield `],"count":${n}}\n`;
}

/** The header row, then one CRLF-terminated row per programme (lists ";"-joined, text neutralised). */
export async function* programmesCsvDocument(rows: AsyncIterable<OpenProgramme[]>): AsyncGenerator<string, void> {
  yield `${csvRow(OPEN_PROGRAMME_COLUMNS)}\r\n`;
  for await (const chunk of rows) {
    yield chunk
      .map((p) => {
        const record = toCsvRecord(openProgrammeOut.parse(p));
        return `${csvRow(OPEN_PROGRAMME_COLUMNS.map((c) => record[c]))}\r\n`;
      })
      .join("");
  }
}
