// How a MySQL error reaches a PlanetScale client: HTTP 200 with `{"session", "error": {"message",
// "code"}}`; the driver throws DatabaseError(message, 400, error). The code is Vitess' vtrpc
// code for the MySQL error number (vttablet `convertErrorCode`), the message wraps MySQL's
// own text the way vttablet does, e.g. (from the driver's tests):
//   target: test.0.primary: vttablet: rpc error: code = NotFound desc = Table 'vt_test_0.foo'
//   doesn't exist (errno 1146) (sqlstate 42S02) (CallerID: unsecure_grpc_client): Sql: "select * from foo", BindVars: {…}

export type VitessError = { message: string; code: string };

/** vtrpc codes and their gRPC names (the `code = …` of the message). */
const GRPC_NAME: Record<string, string> = {
  UNKNOWN: "Unknown",
  INVALID_ARGUMENT: "InvalidArgument",
  DEADLINE_EXCEEDED: "DeadlineExceeded",
  NOT_FOUND: "NotFound",
  ALREADY_EXISTS: "AlreadyExists",
  PERMISSION_DENIED: "PermissionDenied",
  RESOURCE_EXHAUSTED: "ResourceExhausted",
  FAILED_PRECONDITION: "FailedPrecondition",
  ABORTED: "Aborted",
  UNIMPLEMENTED: "Unimplemented",
  UNAVAILABLE: "Unavailable",
  UNAUTHENTICATED: "Unauthenticated",
};

/** MySQL error numbers → vtrpc code, the cases of vttablet's convertErrorCode this application can meet. */
const CODE_OF_ERRNO: [number[], string][] = [
  [[1062, 1050, 1086], "ALREADY_EXISTS"], // ER_DUP_ENTRY, ER_TABLE_EXISTS_ERROR, ER_FILE_EXISTS_ERROR
  [[1213], "ABORTED"], // ER_LOCK_DEADLOCK: the transaction was rolled back
  [[1205], "DEADLINE_EXCEEDED"], // ER_LOCK_WAIT_TIMEOUT
  [[1146, 1054, 1032, 1109], "NOT_FOUND"], // ER_NO_SUCH_TABLE, ER_BAD_FIELD_ERROR, ER_KEY_NOT_FOUND, ER_UNKNOWN_TABLE
  [[1044, 1045], "PERMISSION_DENIED"], // ER_DBACCESS_DENIED_ERROR, ER_ACCESS_DENIED_ERROR
  [[1169, 1216, 1217, 1242, 1451, 1452, 1792], "FAILED_PRECONDITION"], // dup unique, foreign keys, ER_SUBQUERY_NO_1_ROW, read-only transaction
  [[1048, 1064, 1065, 1136, 1149, 1264, 1292, 1366, 1406], "INVALID_ARGUMENT"], // bad null, parse/syntax, empty query, value count, out of range, truncated, too long
];

/** The vtrpc code of a MySQL error number (UNKNOWN for the rest, as Vitess). */
export function vitessCode(errno: number | undefined): string {
  for (const [numbers, code] of CODE_OF_ERRNO) if (errno !== undefined && numbers.includes(errno)) return code;
  return "UNKNOWN";
}

/** A MySQL error as vttablet reports it. */
export function sqlError(input: { database: string; user: string; query: string; errno?: number; sqlState?: string; message: string }): VitessError {
  const code = vitessCode(input.errno);
  const mysqlPart = input.errno === undefined ? input.message : `${input.message} (errno ${input.errno}) (sqlstate ${input.sqlState ?? "HY000"})`;
  return {
    code,
    message: `target: ${input.database}.-.primary: vttablet: rpc error: code = ${GRPC_NAME[code]} desc = ${mysqlPart} (CallerID: ${input.user}): Sql: ${JSON.stringify(input.query)}, BindVars: {}`,
  };
}

/** An error raised by Vitess itself (not by MySQL), e.g. a transaction used by two requests at once. */
export function vitessError(code: keyof typeof GRPC_NAME, text: string): VitessError {
  return { code, message: `vttablet: rpc error: code = ${GRPC_NAME[code]} desc = ${text}` };
}
