// The client address comes only from the configured trusted proxy (TRUSTED_PROXY): without one,
// forwarding headers are ignored; with one, only the header it sets or the hop it appended is
// read, and anything that is not a single valid address gives null.
import { describe, expect, it } from "vitest";
import { parseEnv } from "../../server/env-schema.mjs";
import { clientAddress, normalizeAddress } from "../../server/http/client-address";
import { parseTrustedProxy, type TrustedProxy } from "../../server/http/trusted-proxy.mjs";

const proxy = (setting: string): TrustedProxy => {
  const parsed = parseTrustedProxy(setting);
  if (!parsed) throw new Error(`invalid setting in test: ${setting}`);
  return parsed;
};
const from = (headers: Record<string, string>, setting: string) => clientAddress(new Headers(headers), proxy(setting));

describe("the TRUSTED_PROXY setting", () => {
  it("trusts no header when unset, empty or none", () => {
    for (const value of [undefined, "", "none", " NONE "]) expect(parseTrustedProxy(value)).toEqual({ kind: "none" });
  });

  it("knows Vercel's and Cloudflare's headers", () => {
    expect(parseTrustedProxy("vercel")).toEqual({ kind: "header", headers: ["x-vercel-forwarded-for", "x-real-ip"] });
    expect(parseTrustedProxy("cloudflare")).toEqual({ kind: "header", headers: ["cf-connecting-ip"] });
  });

  it("takes one named header or a number of X-Forwarded-For hops", () => {
    expect(parseTrustedProxy("header:X-Real-IP")).toEqual({ kind: "header", headers: ["x-real-ip"] });
    expect(parseTrustedProxy("forwarded-for:1")).toEqual({ kind: "forwarded-for", hops: 1 });
    expect(parseTrustedProxy("forwarded-for:10")).toEqual({ kind: "forwarded-for", hops: 10 });
  });

  it("refuses anything else", () => {
    for (const value of ["yes", "true", "forwarded-for", "forwarded-for:0", "forwarded-for:11", "forwarded-for:-1", "header:", "header:x real ip", "header:x-real-ip,x-other"]) {
      expect(parseTrustedProxy(value), value).toBeNull();
    }
  });

  it("stops the app at start with the variable's name when it is invalid", () => {
    const base = { DATABASE_URL: "mysql://root@127.0.0.1:3306/x", NEXTAUTH_URL: "http://localhost:3000", NEXTAUTH_SECRET: "x".repeat(32) };
    expect(() => parseEnv({ ...base, TRUSTED_PROXY: "everyone" })).toThrow(/TRUSTED_PROXY: must be none, vercel/);
    expect(parseEnv({ ...base, TRUSTED_PROXY: "forwarded-for:2" }).TRUSTED_PROXY).toEqual({ kind: "forwarded-for", hops: 2 });
    expect(parseEnv(base).TRUSTED_PROXY).toEqual({ kind: "none" });
  });
});

describe("the client address without a trusted proxy", () => {
  it("ignores every forwarding header a client can send", () => {
    const spoofed = { "x-forwarded-for": "203.0.113.9", "x-real-ip": "203.0.113.9", "x-vercel-forwarded-for": "203.0.113.9", "cf-connecting-ip": "203.0.113.9", forwarded: "for=203.0.113.9" };
    expect(from(spoofed, "none")).toBeNull();
  });
});

describe("the client address behind a proxy that sets one header", () => {
  it("reads Vercel's header first, then x-real-ip", () => {
    expect(from({ "x-vercel-forwarded-for": "198.51.100.4", "x-real-ip": "198.51.100.5" }, "vercel")).toBe("198.51.100.4");
    expect(from({ "x-real-ip": "198.51.100.5" }, "vercel")).toBe("198.51.100.5");
  });

  it("ignores X-Forwarded-For when the proxy is configured by header", () => {
    expect(from({ "x-forwarded-for": "203.0.113.9" }, "vercel")).toBeNull();
    expect(from({ "x-forwarded-for": "203.0.113.9" }, "header:x-real-ip")).toBeNull();
  });

  it("refuses a list where the proxy writes a single address", () => {
    expect(from({ "cf-connecting-ip": "203.0.113.9, 198.51.100.4" }, "cloudflare")).toBeNull();
  });
});

describe("the client address behind proxies that append to X-Forwarded-For", () => {
  it("takes the right-most hop behind one proxy, whatever the client put before it", () => {
    expect(from({ "x-forwarded-for": "203.0.113.9, 198.51.100.4" }, "forwarded-for:1")).toBe("198.51.100.4");
    expect(from({ "x-forwarded-for": "198.51.100.4" }, "forwarded-for:1")).toBe("198.51.100.4");
  });

  it("counts hops from the right behind several proxies", () => {
    const header = { "x-forwarded-for": "203.0.113.9, 198.51.100.4, 10.0.0.2, 10.0.0.1" };
    expect(from(header, "forwarded-for:2")).toBe("10.0.0.2");
    expect(from(header, "forwarded-for:3")).toBe("198.51.100.4");
  });

  it("knows nothing when there are fewer hops than trusted proxies, or no header", () => {
    expect(from({ "x-forwarded-for": "198.51.100.4" }, "forwarded-for:2")).toBeNull();
    expect(from({}, "forwarded-for:1")).toBeNull();
  });

  it("joins repeated header lines in order", () => {
    const headers = new Headers();
    headers.append("x-forwarded-for", "203.0.113.9");
    headers.append("x-forwarded-for", "198.51.100.4");
    expect(clientAddress(headers, proxy("forwarded-for:1"))).toBe("198.51.100.4");
  });

  it("gives null for garbage in the trusted position", () => {
    for (const value of ["203.0.113.9, unknown", "203.0.113.9, ", "203.0.113.9, 999.1.1.1", "203.0.113.9, <script>", "203.0.113.9, 1.2.3", `203.0.113.9, ${"1".repeat(3000)}`]) {
      expect(from({ "x-forwarded-for": value }, "forwarded-for:1"), value).toBeNull();
    }
  });
});

describe("one address in canonical form", () => {
  it("keeps IPv4 and lowercases IPv6", () => {
    expect(normalizeAddress(" 198.51.100.4 ")).toBe("198.51.100.4");
    expect(normalizeAddress("2001:DB8::1")).toBe("2001:db8::1");
    expect(normalizeAddress("::1")).toBe("::1");
  });

  it("removes ports and brackets", () => {
    expect(normalizeAddress("198.51.100.4:51000")).toBe("198.51.100.4");
    expect(normalizeAddress("[2001:db8::1]:443")).toBe("2001:db8::1");
    expect(normalizeAddress("[2001:db8::1]")).toBe("2001:db8::1");
  });

  it("turns an IPv4-mapped IPv6 address into IPv4, so one client is one address", () => {
    expect(normalizeAddress("::ffff:198.51.100.4")).toBe("198.51.100.4");
    expect(normalizeAddress("::FFFF:198.51.100.4")).toBe("198.51.100.4");
  });

  it("refuses zone indexes, host names and partial addresses", () => {
    for (const value of ["fe80::1%eth0", "localhost", "example.org", "1.2.3", "1.2.3.4.5", "2001:db8::g", "", "[1.2.3.4", "1.2.3.4:99999"]) {
      expect(normalizeAddress(value), value).toBeNull();
    }
  });
});
