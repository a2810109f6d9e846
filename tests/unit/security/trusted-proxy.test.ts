// Who the client is and whether it used HTTPS, as the app reads it: only a configured proxy may
// say so, and a client talking to the app directly cannot (the guard strips what it sends before
// Next.js reads it). The guard is tested on a real Node http server through the same
// diagnostics channel the running app uses.
import { request as httpRequest, createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientAddress, isHttps, normaliseAddress, requestHost, trustedProxies } from "@/lib/security/trusted-proxy";
import { installForwardedGuard } from "@/lib/security/forwarded-guard";

const none = trustedProxies([]);
const nginx = trustedProxies(["127.0.0.2", "10.0.0.0/8", "::1"]);

describe("trusted proxies", () => {
  it("match addresses and ranges of both families, IPv4-mapped IPv6 included", () => {
    expect(nginx.has("127.0.0.2")).toBe(true);
    expect(nginx.has("::ffff:127.0.0.2")).toBe(true);
    expect(nginx.has("10.20.30.40")).toBe(true);
    expect(nginx.has("::1")).toBe(true);
    expect(nginx.has("127.0.0.1")).toBe(false);
    expect(nginx.has("not an address")).toBe(false);
    expect(normaliseAddress("[::1]")).toBe("::1");
  });
});

describe("client address", () => {
  it("is the entry the nearest proxy added: the client's own entries to its left are ignored", () => {
    // nginx appends the address it saw: "what the client wrote, the client"
    expect(clientAddress("6.6.6.6, 203.0.113.7", nginx)).toBe("203.0.113.7");
    expect(clientAddress("203.0.113.7, 10.1.1.1", nginx)).toBe("203.0.113.7");
    expect(clientAddress("203.0.113.7", nginx)).toBe("203.0.113.7");
  });

  it("without a trusted proxy is the one address Next.js puts there from the socket", () => {
    expect(clientAddress("::ffff:127.0.0.1", none)).toBe("127.0.0.1");
    expect(clientAddress("", none)).toBeNull();
    expect(clientAddress("garbage, <script>", none)).toBeNull();
  });

  it("is the proxy itself when nothing else is known", () => {
    expect(clientAddress("127.0.0.2", nginx)).toBe("127.0.0.2");
  });
});

describe("scheme and host", () => {
  const headers = (values: Record<string, string>) => (name: string) => values[name] ?? null;
  it("read the first forwarded value", () => {
    expect(isHttps(headers({ "x-forwarded-proto": "https" }))).toBe(true);
    expect(isHttps(headers({ "x-forwarded-proto": "https, http" }))).toBe(true);
    expect(isHttps(headers({ "x-forwarded-proto": "http" }))).toBe(false);
    expect(isHttps(headers({}))).toBe(false);
    expect(requestHost(headers({ "x-forwarded-host": "CCHC.example.gov.vn", host: "127.0.0.1:3000" }))).toBe("cchc.example.gov.vn");
    expect(requestHost(headers({ host: "127.0.0.1:3000" }))).toBe("127.0.0.1:3000");
  });
});

describe("forwarded-header guard on a real server", () => {
  let port = 0;
  const server = createServer((req, res) => res.end(JSON.stringify(req.headers)));

  beforeAll(async () => {
    installForwardedGuard(trustedProxies(["127.0.0.2"]));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  function send(localAddress: string): Promise<IncomingHttpHeaders> {
    return new Promise((resolve, reject) => {
      const req = httpRequest(
        {
          host: "127.0.0.1", port, localAddress,
          headers: { "x-forwarded-for": "6.6.6.6", "x-forwarded-proto": "https", "x-forwarded-host": "evil.example", "x-real-ip": "6.6.6.6", forwarded: "for=6.6.6.6" },
        },
        (res) => {
          let body = "";
          res.on("data", (chunk: Buffer) => (body += chunk.toString()));
          res.on("end", () => resolve(JSON.parse(body) as IncomingHttpHeaders));
        },
      );
      req.on("error", reject);
      req.end();
    });
  }

  it("strips every forwarded header a client sends directly", async () => {
    const seen = await send("127.0.0.1");
    for (const name of ["x-forwarded-for", "x-forwarded-proto", "x-forwarded-host", "x-real-ip", "forwarded"]) expect(seen[name]).toBeUndefined();
  });

  it("keeps them when the peer is the trusted proxy", async () => {
    const seen = await send("127.0.0.2");
    expect(seen["x-forwarded-for"]).toBe("6.6.6.6");
    expect(seen["x-forwarded-proto"]).toBe("https");
  });
});
