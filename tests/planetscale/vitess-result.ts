// How PlanetScale's HTTP API (Vitess behind it) writes a query result as JSON, built from what
// the MySQL protocol says about each column. Checked against @planetscale/database's own
// reader (dist/index.js `decodeRow`, dist/cast.js `cast`) and against the golden response in
// the driver's repository (golden/database.json): protobuf JSON, so 64-bit numbers are
// strings and zero values are left out.
//
//   result  { fields?: Field[], rows?: Row[], rowsAffected?: "n", insertId?: "n" }
//   Field   { name, type?, table?, orgTable?, database?, orgName?, columnLength?, charset?, decimals?, flags? }
//           (no `type` at all for a NULL column: NULL_TYPE is the enum's zero value)
//   Row     { lengths: ["3", "-1", …], values: base64(the non-NULL values' bytes, concatenated) }

/** A column as mysql2 describes it (ColumnDefinition), the part Vitess looks at. */
export type ColumnDefinition = {
  name: string;
  orgName?: string;
  table?: string;
  orgTable?: string;
  schema?: string;
  characterSet: number;
  columnLength: number;
  columnType: number;
  flags: number;
  decimals: number;
  /** MariaDB's extended metadata: "json" for a column declared JSON (MariaDB stores it as LONGTEXT). */
  extendedFormat?: string;
};

export type VitessField = {
  name: string;
  type?: string;
  table?: string;
  orgTable?: string;
  database?: string;
  orgName?: string;
  columnLength?: number;
  charset?: number;
  decimals?: number;
  flags?: number;
};

export type VitessRow = { lengths: string[]; values?: string };
export type VitessResult = { fields?: VitessField[]; rows?: VitessRow[]; rowsAffected?: string; insertId?: string };

// MySQL column flags that change the Vitess type (include/mysql_com.h).
const UNSIGNED_FLAG = 32;
const BINARY_FLAG = 128;
const ENUM_FLAG = 256;
const SET_FLAG = 2048;

/** MySQL protocol type → Vitess type, as vitess go/sqltypes/type.go `mysqlToType`. */
const MYSQL_TO_VITESS: Record<number, string> = {
  0: "DECIMAL",
  1: "INT8",
  2: "INT16",
  3: "INT32",
  4: "FLOAT32",
  5: "FLOAT64",
  6: "NULL_TYPE",
  7: "TIMESTAMP",
  8: "INT64",
  9: "INT24",
  10: "DATE",
  11: "TIME",
  12: "DATETIME",
  13: "YEAR",
  15: "VARCHAR",
  16: "BIT",
  17: "TIMESTAMP",
  18: "DATETIME",
  19: "TIME",
  245: "JSON",
  246: "DECIMAL",
  247: "ENUM",
  248: "SET",
  249: "TEXT",
  250: "TEXT",
  251: "TEXT",
  252: "TEXT",
  253: "VARCHAR",
  254: "CHAR",
  255: "GEOMETRY",
};

const UNSIGNED: Record<string, string> = { INT8: "UINT8", INT16: "UINT16", INT24: "UINT24", INT32: "UINT32", INT64: "UINT64" };
const BINARY: Record<string, string> = { TEXT: "BLOB", VARCHAR: "VARBINARY", CHAR: "BINARY" };

/**
 * The Vitess type of a column, as vitess `MySQLToType` + `modifyType`: integers become
 * unsigned with UNSIGNED_FLAG; TEXT/VARCHAR/CHAR become BLOB/VARBINARY/BINARY with
 * BINARY_FLAG (also set for a `_bin` collation: the driver then still decodes text, because
 * it looks at `charset`, not the type); CHAR with ENUM_FLAG/SET_FLAG is ENUM/SET.
 * A column MariaDB declares JSON (stored as LONGTEXT, flagged "json" in its extended
 * metadata) is JSON, as MySQL 8 reports it.
 */
export function vitessType(column: Pick<ColumnDefinition, "columnType" | "flags" | "extendedFormat">): string {
  if (column.extendedFormat === "json") return "JSON";
  const base = MYSQL_TO_VITESS[column.columnType];
  if (!base) throw new Error(`unsupported MySQL column type ${column.columnType}`);
  const { flags } = column;
  if (base in UNSIGNED) return flags & UNSIGNED_FLAG ? UNSIGNED[base]! : base;
  if (base in BINARY && flags & BINARY_FLAG) return BINARY[base]!;
  if (base === "CHAR" && flags & ENUM_FLAG) return "ENUM";
  if (base === "CHAR" && flags & SET_FLAG) return "SET";
  return base;
}

/** A column description as Vitess sends it: zero values left out, as protobuf JSON does. */
export function vitessField(column: ColumnDefinition): VitessField {
  const type = vitessType(column);
  const field: VitessField = { name: column.name };
  if (type !== "NULL_TYPE") field.type = type;
  if (column.table) field.table = column.table;
  if (column.orgTable) field.orgTable = column.orgTable;
  if (column.schema) field.database = column.schema;
  if (column.orgName) field.orgName = column.orgName;
  if (column.columnLength) field.columnLength = column.columnLength;
  if (column.characterSet) field.charset = column.characterSet;
  if (column.decimals) field.decimals = column.decimals;
  if (column.flags) field.flags = column.flags;
  return field;
}

/** One row: every value's byte length (-1 for NULL) and the values' bytes, concatenated, in base64. */
export function vitessRow(values: (Buffer | null)[]): VitessRow {
  const lengths = values.map((v) => (v === null ? "-1" : String(v.length)));
  const bytes = Buffer.concat(values.filter((v): v is Buffer => v !== null));
  return bytes.length ? { lengths, values: bytes.toString("base64") } : { lengths };
}

/** The result of a statement that returned rows (the raw bytes of each value, as the MySQL text protocol sent them). */
export function rowsResult(columns: ColumnDefinition[], rows: (Buffer | null)[][]): VitessResult {
  const result: VitessResult = { fields: columns.map(vitessField) };
  if (rows.length) result.rows = rows.map(vitessRow);
  return result;
}

/** The result of a statement that changed rows (or of BEGIN/COMMIT: an empty result). */
export function okResult(affectedRows: number | string, insertId: number | string): VitessResult {
  const result: VitessResult = {};
  if (String(affectedRows) !== "0") result.rowsAffected = String(affectedRows);
  if (String(insertId) !== "0") result.insertId = String(insertId);
  return result;
}
