// The HTTP edge's pure parts: which requests count as same-origin, how a body is read within the
// limit, which media type a request declares, and which headers and policies responses get.
import { describe, expect, it } from "vitest";
import { mediaTypeOf } from "../../server/http/guard-writes";
import { declaresMoreThan, readLimitedBody } from "../../server/http/read-limited-body";
import { isSameOriginRequest, originOf } from "../../server/http/same-origin";
import { newNonce, pageContentSecurityPolicy, securityHeaders, STATIC_CONTENT_SECURITY_POLICY } from "../../server/http/security-headers.mjs";

const APP = originOf("https://southbridge.example.org/");
const headers = (values: Record<string, string>) => new Headers(values);

describe("the app's own origin", () => {
  it("is the scheme, host and port of the public URL, without path or default port", () => {
    expect(originOf("https://southbridge.example.org/")).toBe("https://southbridge.example.org");
    expect(originOf("https://southbridge.example.org:443/en")).toBe("https://southbridge.example.org");
    expect(originOf("http://localhost:3000")).toBe("http://localhost:3000");
  });

  it("accepts a request whose Origin is exactly the app's", () => {
    expect(isSameOriginRequest(headers({ origin: APP }), APP)).toBe(true);
  });

  it("refuses other schemes, ports, subdomains and look-alike hosts", () => {
    for (const origin of [
      "http://southbridge.example.org",
      "https://southbridge.example.org:8443",
      "https://evil.southbridge.example.org",
      "https://southbridge.example.org.evil.example",
      "https://southbridge.example.org/",
      "null",
      "",
    ]) {
      expect(isSameOriginRequest(headers({ origin }), APP), origin).toBe(false);
    }
  });

  it("believes Origin over Sec-Fetch-Site when both are present", () => {
    expect(isSameOriginRequest(headers({ origin: "https://evil.example", "sec-fetch-site": "same-origin" }), APP)).toBe(false);
  });

  it("without Origin, accepts only same-origin or user-initiated requests by Sec-Fetch-Site", () => {
    expect(isSameOriginRequest(headers({ "sec-fetch-site": "same-origin" }), APP)).toBe(true);
    expect(isSameOriginRequest(headers({ "sec-fetch-site": "none" }), APP)).toBe(true);
    expect(isSameOriginRequest(headers({ "sec-fetch-site": "same-site" }), APP)).toBe(false);
    expect(isSameOriginRequest(headers({ "sec-fetch-site": "cross-site" }), APP)).toBe(false);
    expect(isSameOriginRequest(headers({}), APP)).toBe(false);
  });
});

describe("the media type of a request", () => {
  it("ignores parameters and case", () => {
    expect(mediaTypeOf("application/json")).toBe("application/json");
    expect(mediaTypeOf("Application/JSON; charset=utf-8")).toBe("application/json");
    expect(mediaTypeOf("multipart/form-data; boundary=x")).toBe("multipart/form-data");
  });

  it("is null when missing or empty", () => {
    expect(mediaTypeOf(null)).toBeNull();
    expect(mediaTypeOf("")).toBeNull();
  });
});

describe("reading a body within the limit", () => {
  const post = (body: BodyInit, extra: Record<string, string> = {}) =>
    new Request("http://localhost/x", { method: "POST", body, headers: extra, duplex: "half" } as RequestInit);

  it("takes the declared Content-Length at its word when it is over the limit", () => {
    expect(declaresMoreThan(headers({ "content-length": "1025" }), 1024)).toBe(true);
    expect(declaresMoreThan(headers({ "content-length": "1024" }), 1024)).toBe(false);
    expect(declaresMoreThan(headers({ "content-length": "garbage" }), 1024)).toBe(false);
    expect(declaresMoreThan(headers({}), 1024)).toBe(false);
  });

  it("returns the whole body when it fits", async () => {
    const body = await readLimitedBody(post("x".repeat(1024)), 1024);
    expect(body.ok && new TextDecoder().decode(body.bytes)).toBe("x".repeat(1024));
  });

  it("refuses a body one byte over the limit", async () => {
    expect(await readLimitedBody(post("x".repeat(1025)), 1024)).toEqual({ ok: false });
  });

  it("counts the bytes of a stream that declares no length, and stops early", async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 100;
        controller.enqueue(new Uint8Array(100));
      },
    });
    expect(await readLimitedBody(post(stream), 1024)).toEqual({ ok: false });
    expect(pulled).toBeLessThan(2048);
  });

  it("reads an empty body as empty", async () => {
    const body = await readLimitedBody(new Request("http://localhost/x", { method: "POST" }), 1024);
    expect(body.ok && body.bytes.byteLength).toBe(0);
  });
});

describe("security headers and policies", () => {
  const byName = (production: boolean) => Object.fromEntries(securityHeaders({ production }).map((h) => [h.key.toLowerCase(), h.value]));

  it("sends HSTS only in production", () => {
    expect(byName(true)["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
    expect(byName(false)["strict-transport-security"]).toBeUndefined();
  });

  it("switches device features off and keeps passkeys for the site itself", () => {
    const policy = byName(false)["permissions-policy"]!;
    for (const feature of ["camera=()", "microphone=()", "geolocation=()", "usb=()", "payment=()"]) expect(policy).toContain(feature);
    expect(policy).toContain("publickey-credentials-get=(self)");
  });

  it("gives pages a nonce-based script policy and nothing inline", () => {
    const policy = pageContentSecurityPolicy({ nonce: "abc" });
    expect(policy).toContain("script-src 'nonce-abc' 'strict-dynamic'");
    expect(policy).toContain("style-src 'self' 'nonce-abc'");
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).not.toContain("upgrade-insecure-requests");
  });

  it("upgrades insecure requests in production, and allows eval only in development", () => {
    expect(pageContentSecurityPolicy({ nonce: "abc", production: true })).toContain("upgrade-insecure-requests");
    expect(pageContentSecurityPolicy({ nonce: "abc", development: true })).toContain("'unsafe-eval'");
  });

  it("lets nothing run under the policy of other responses", () => {
    expect(STATIC_CONTENT_SECURITY_POLICY).toContain("script-src 'none'");
    expect(STATIC_CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });

  it("makes a new 128-bit nonce every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, () => newNonce()));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});
