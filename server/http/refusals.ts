// The answers of the HTTP edge when it refuses a request before any route code runs. Short
// JSON bodies; `Connection: close` after a 413 so the server stops the upload instead of
// draining it.

function refusal(status: number, code: string, message: string, extra: Record<string, string> = {}): Response {
  return Response.json({ error: { code, message } }, { status, headers: { "cache-control": "no-store", ...extra } });
}

export const payloadTooLarge = (maxBytes: number) =>
  refusal(413, "PAYLOAD_TOO_LARGE", `The request body is larger than ${maxBytes} bytes.`, { connection: "close" });

export const crossOriginRefused = () => refusal(403, "CROSS_ORIGIN_REFUSED", "State-changing requests must come from this site's own pages.");

export const unsupportedMediaType = (expected: string) => refusal(415, "UNSUPPORTED_MEDIA_TYPE", `The request body must be ${expected}.`);
