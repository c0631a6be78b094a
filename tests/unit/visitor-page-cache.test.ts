// The production server's page cache (scripts/lib/visitor-page-cache.mjs), in front of a stand-in
// for Next.js that renders a page with a fresh nonce per request, as proxy.ts and Next.js do:
// only visitors' views of the public pages are kept; a kept page is served with a new nonce
// everywhere the old one was; a committed change (the signal server/http/visitor-cache.ts
// raises) and the age limit expire it; nothing else is ever stored.
import { createServer, request, type IncomingHttpHeaders, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { visitorPageCache } from "../../scripts/lib/visitor-page-cache.mjs";
import { newNonce } from "../../server/http/security-headers.mjs";
import { expireVisitorPages, isVisitorPage } from "../../server/http/visitor-pages.mjs";

type Answer = { status: number; headers: IncomingHttpHeaders; body: string };

let clock = 0;
let renders = 0;
/** What the stand-in renders next: its status, its cookies, its type. */
let next: { status: number; cookies: string[]; type: string; complete: boolean } = { status: 200, cookies: [], type: "text/html; charset=utf-8", complete: true };
const cache = visitorPageCache({ ttlMs: 60_000, maxBytes: 2 * 2 ** 20, now: () => clock });
let server: Server;

function render(res: ServerResponse, url: string) {
  renders++;
  const nonce = newNonce();
  res.statusCode = next.status;
  res.setHeader("content-security-policy", `script-src 'nonce-${nonce}' 'strict-dynamic'`);
  res.setHeader("link", [`</a.css>; rel=preload; as="style"; nonce="${nonce}"`]);
  res.setHeader("content-type", next.type);
  if (next.cookies.length > 0) res.setHeader("set-cookie", next.cookies);
  // Streamed in pieces, as Next.js streams a page.
  res.write(`<!DOCTYPE html><html><head><script nonce="${nonce}" src="/a.js"></script></head>`);
  res.write(`<body>render ${renders} of ${url}<script nonce="${nonce}">self.__next_f.push([1,"{\\"nonce\\":\\"${nonce}\\"}"])</script>`);
  res.end(next.complete ? "</body></html>" : "");
}

beforeAll(async () => {
  server = createServer((req, res) => {
    cache.answer(req, res, () => render(res, req.url ?? ""));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
});

afterAll(async () => {
  cache.close();
  await new Promise((resolve) => server.close(resolve));
});

afterEach(() => {
  cache.clear();
  next = { status: 200, cookies: [], type: "text/html; charset=utf-8", complete: true };
});

function get(path: string, headers: Record<string, string> = {}, method = "GET"): Promise<Answer> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, method, headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

const nonceOf = (answer: Answer) => /'nonce-([^']+)'/.exec(String(answer.headers["content-security-policy"]))![1]!;
const renderOf = (answer: Answer) => /render (\d+)/.exec(answer.body)![1];

describe("the visitor pages", () => {
  it("are the home, catalogue, programme, directory, institution, transparency and report pages of a locale", () => {
    for (const path of ["/en", "/ar/programmes", "/fr/programmes/PRG-2026-0075", "/en/institutions", "/zh/institutions/n4x3nk6dbn8pkc6bjxqr", "/en/transparency", "/pt/transparency/2026-2"]) expect(isVisitorPage(path), path).toBe(true);
    for (const path of ["/", "/en/dashboard", "/en/programmes/PRG-1/apply", "/en/sign-in", "/api/open/programmes.json", "/en/programmes/feed.atom", "/en/help", "/english"]) expect(isVisitorPage(path), path).toBe(false);
  });
});

describe("the page cache", () => {
  it("serves a visitor's second view from the cache, with a new nonce in the policy, the Link header and every place of the page", async () => {
    const first = await get("/en/programmes");
    expect(first.headers["x-visitor-cache"]).toBe("miss");
    const second = await get("/en/programmes", { cookie: "NEXT_LOCALE=en" });
    expect(second.headers["x-visitor-cache"]).toBe("hit");
    expect(renderOf(second)).toBe(renderOf(first));
    const [a, b] = [nonceOf(first), nonceOf(second)];
    expect(b).not.toBe(a);
    expect(Buffer.from(b, "base64")).toHaveLength(16);
    expect(second.body).not.toContain(a);
    expect(second.body.split(b)).toHaveLength(first.body.split(a).length);
    expect(second.body.replaceAll(b, a)).toBe(first.body);
    expect(second.headers.link).toBe(`</a.css>; rel=preload; as="style"; nonce="${b}"`);
    const third = await get("/en/programmes");
    expect(nonceOf(third)).not.toBe(b);
  });

  it("keeps a page under the host it was asked of: a forged Host fills only its own entry", async () => {
    await get("/en/programmes", { host: "evil.example", "x-forwarded-host": "evil.example" });
    expect((await get("/en/programmes", { host: "evil.example", "x-forwarded-host": "evil.example" })).headers["x-visitor-cache"]).toBe("hit");
    expect((await get("/en/programmes")).headers["x-visitor-cache"]).toBe("miss");
    expect((await get("/en/programmes", { "x-forwarded-host": "evil.example" })).headers["x-visitor-cache"]).toBe("miss");
    expect((await get("/en/programmes")).headers["x-visitor-cache"]).toBe("hit");
  });

  it("keeps a page of a list, but renders every filtered or searched view", async () => {
    await get("/en/programmes?page=2");
    expect((await get("/en/programmes?page=2")).headers["x-visitor-cache"]).toBe("hit");
    for (const path of ["/en/programmes?q=health", "/en/programmes?region=Africa", "/en/programmes?page=2&x=1", "/en/programmes?page=2?x", "/en/programmes?page=0", "/en/programmes?page=11", "/en/programmes?page=02"]) {
      const before = renders;
      await get(path);
      const again = await get(path);
      expect(again.headers["x-visitor-cache"], path).toBeUndefined();
      expect(renders - before, path).toBe(2);
    }
  });

  it("never answers from the cache, nor stores, anything but a visitor's plain view", async () => {
    await get("/en/programmes");
    const notViews: [string, Record<string, string>, string?][] = [
      ["/en/programmes", { cookie: "next-auth.session-token=abc" }],
      ["/en/programmes", { cookie: "NEXT_LOCALE=en; __Secure-next-auth.session-token=abc" }],
      ["/en/programmes", { authorization: "Bearer sb_abc" }],
      ["/en/programmes", { rsc: "1" }],
      ["/en/programmes", { "next-router-prefetch": "1" }],
      ["/en/programmes", { "next-action": "abc" }],
      ["/en/programmes", {}, "POST"],
      ["/en/programmes", {}, "HEAD"],
    ];
    for (const [path, headers, method] of notViews) {
      const before = renders;
      const answer = await get(path, headers, method);
      expect(answer.headers["x-visitor-cache"], JSON.stringify(headers)).toBeUndefined();
      expect(renders - before, JSON.stringify(headers)).toBe(1);
    }
  });

  it("stores only a complete 200 HTML page whose only cookie is the language one", async () => {
    for (const answer of [
      { status: 404, cookies: [], type: "text/html; charset=utf-8", complete: true },
      { status: 200, cookies: [], type: "application/atom+xml", complete: true },
      { status: 200, cookies: ["next-auth.csrf-token=abc; Path=/"], type: "text/html; charset=utf-8", complete: true },
      { status: 200, cookies: [], type: "text/html; charset=utf-8", complete: false },
    ]) {
      next = answer;
      await get("/en/institutions");
      expect((await get("/en/institutions")).headers["x-visitor-cache"], JSON.stringify(answer)).toBe("miss");
    }
    next = { status: 200, cookies: ["NEXT_LOCALE=en; Path=/; SameSite=lax"], type: "text/html; charset=utf-8", complete: true };
    await get("/en/institutions");
    const kept = await get("/en/institutions");
    expect(kept.headers["x-visitor-cache"]).toBe("hit");
    expect(kept.headers["set-cookie"]).toEqual(["NEXT_LOCALE=en; Path=/; SameSite=lax"]);
  });

  it("is emptied by a committed change that touches a public page, and forgets a page past its age", async () => {
    await get("/en/transparency");
    expect((await get("/en/transparency")).headers["x-visitor-cache"]).toBe("hit");
    expireVisitorPages();
    expect((await get("/en/transparency")).headers["x-visitor-cache"]).toBe("miss");
    expect((await get("/en/transparency")).headers["x-visitor-cache"]).toBe("hit");
    clock += 60_001;
    expect((await get("/en/transparency")).headers["x-visitor-cache"]).toBe("miss");
  });

  it("holds at most its bytes, forgetting the oldest pages first", async () => {
    const small = visitorPageCache({ maxBytes: 2 * 2 ** 10, now: () => clock });
    const s = createServer((req, res) => {
      small.answer(req, res, () => render(res, req.url ?? ""));
    });
    await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
    const { port } = s.address() as AddressInfo;
    const fetchPage = (path: string) => fetch(`http://127.0.0.1:${port}${path}`).then((r) => r.headers.get("x-visitor-cache"));
    try {
      for (const path of ["/en", "/fr", "/es", "/ar", "/zh", "/ru", "/pt"]) await fetchPage(path);
      expect(small.size).toBeLessThan(7);
      expect(await fetchPage("/pt")).toBe("hit");
      expect(await fetchPage("/en")).toBe("miss");
    } finally {
      small.close();
      await new Promise((resolve) => s.close(resolve));
    }
  });
});
