// Reading a request body without ever holding more than the limit: a declared Content-Length
// over the limit is refused before a byte is read; a chunked (or lying) body is counted while it
// streams and abandoned as soon as it passes the limit, so memory never grows with its size.

export type LimitedBody = { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false };

/** True when the request says (Content-Length) that its body is larger than `maxBytes`. */
export function declaresMoreThan(headers: Headers, maxBytes: number): boolean {
  const declared = headers.get("content-length");
  return declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > maxBytes;
}

/**
 * The whole body when it is at most `maxBytes`, else `{ ok: false }` after reading no more than
 * `maxBytes` plus one chunk. The rest is never read: the stream is released, not drained.
 */
export async function readLimitedBody(request: Request, maxBytes: number): Promise<LimitedBody> {
  if (declaresMoreThan(request.headers, maxBytes)) return { ok: false };
  if (!request.body) return { ok: true, bytes: new Uint8Array(0) };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) return { ok: false };
      chunks.push(value);
    }
  } finally {
    reader.releaseLock();
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}
