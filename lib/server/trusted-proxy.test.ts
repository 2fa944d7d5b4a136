import { describe, expect, it } from "vitest";
import { forwardedHeaders, isHttpsRequest, isTrustedPeer, parseTrustedProxies, requestOrigin, type ForwardingInput } from "./trusted-proxy";

const none = parseTrustedProxies(undefined);
const nginx = parseTrustedProxies("127.0.0.1, 10.0.0.0/8, fd00::/8");

const forged: ForwardingInput = { peer: "203.0.113.9", host: "www.beilun.gov.cn", forwardedHost: "evil.example", forwardedProto: "https" };

describe("parseTrustedProxies", () => {
  it("trusts nobody by default", () => {
    expect(none.invalid).toEqual([]);
    expect(isTrustedPeer("127.0.0.1", none)).toBe(false);
    expect(isTrustedPeer(undefined, none)).toBe(false);
  });

  it("accepts addresses and CIDR ranges, IPv4 and IPv6", () => {
    expect(nginx.invalid).toEqual([]);
    expect(isTrustedPeer("127.0.0.1", nginx)).toBe(true);
    expect(isTrustedPeer("10.20.30.40", nginx)).toBe(true);
    expect(isTrustedPeer("fd12::1", nginx)).toBe(true);
    expect(isTrustedPeer("11.0.0.1", nginx)).toBe(false);
    expect(isTrustedPeer("::1", nginx)).toBe(false);
  });

  it("sees an IPv4 peer behind a dual-stack socket as its IPv4 address", () => {
    expect(isTrustedPeer("::ffff:127.0.0.1", nginx)).toBe(true);
    expect(isTrustedPeer("::ffff:192.0.2.1", nginx)).toBe(false);
  });

  it("reports entries it cannot read instead of trusting something else", () => {
    const parsed = parseTrustedProxies("127.0.0.1, localhost, 10.0.0.0/33, 300.1.1.1, ::1/129");
    expect(parsed.invalid).toEqual(["localhost", "10.0.0.0/33", "300.1.1.1", "::1/129"]);
    expect(isTrustedPeer("127.0.0.1", parsed)).toBe(true);
  });

  it("ignores garbage in the peer address", () => {
    expect(isTrustedPeer("not-an-ip", nginx)).toBe(false);
    expect(isTrustedPeer("", nginx)).toBe(false);
  });
});

describe("requestOrigin", () => {
  it("uses PUBLIC_URL whatever the request says", () => {
    expect(requestOrigin({ ...forged, publicUrl: "https://www.beilun.gov.cn/" }, none)).toBe("https://www.beilun.gov.cn");
    expect(requestOrigin({ ...forged, peer: "127.0.0.1", publicUrl: "https://www.beilun.gov.cn" }, nginx)).toBe("https://www.beilun.gov.cn");
  });

  it("ignores forwarded headers from a peer that is not a trusted proxy", () => {
    expect(requestOrigin(forged, none)).toBe("http://www.beilun.gov.cn");
    expect(requestOrigin(forged, nginx)).toBe("http://www.beilun.gov.cn");
  });

  it("follows forwarded headers set by a trusted proxy", () => {
    expect(requestOrigin({ ...forged, peer: "10.1.2.3", forwardedHost: "www.beilun.gov.cn" }, nginx)).toBe("https://www.beilun.gov.cn");
  });

  it("takes the entry the trusted proxy added when it appends to a client's header", () => {
    const appended = { peer: "127.0.0.1", host: "app:3000", forwardedHost: "evil.example, www.beilun.gov.cn", forwardedProto: "http, https" };
    expect(requestOrigin(appended, nginx)).toBe("https://www.beilun.gov.cn");
  });

  it("falls back to the Host header when a forwarded value is not a host name", () => {
    const odd = { peer: "127.0.0.1", host: "www.beilun.gov.cn", forwardedHost: "evil.example/<script>", forwardedProto: "javascript" };
    expect(requestOrigin(odd, nginx)).toBe("http://www.beilun.gov.cn");
  });

  it("never prints a Host header that is not a host name", () => {
    expect(requestOrigin({ peer: "203.0.113.9", host: "a b<c>" }, none)).toBe("http://localhost");
    expect(requestOrigin({ peer: "203.0.113.9", host: "127.0.0.1:3100" }, none)).toBe("http://127.0.0.1:3100");
    expect(requestOrigin({ peer: "203.0.113.9", host: "[::1]:3000" }, none)).toBe("http://[::1]:3000");
  });

  it("ignores a PUBLIC_URL that is not an http(s) address", () => {
    expect(requestOrigin({ ...forged, publicUrl: "javascript:alert(1)" }, none)).toBe("http://www.beilun.gov.cn");
  });
});

describe("isHttpsRequest", () => {
  it("is https when PUBLIC_URL is https", () => {
    expect(isHttpsRequest({ peer: "203.0.113.9", publicUrl: "https://www.beilun.gov.cn" }, none)).toBe(true);
    expect(isHttpsRequest({ peer: "203.0.113.9", publicUrl: "http://intranet.local" }, none)).toBe(false);
  });

  it("believes X-Forwarded-Proto only from a trusted proxy", () => {
    expect(isHttpsRequest(forged, none)).toBe(false);
    expect(isHttpsRequest(forged, nginx)).toBe(false);
    expect(isHttpsRequest({ ...forged, peer: "127.0.0.1" }, nginx)).toBe(true);
    expect(isHttpsRequest({ peer: "127.0.0.1", forwardedProto: "http" }, nginx)).toBe(false);
  });
});

describe("forwardedHeaders", () => {
  it("passes on a trusted proxy's forwarded headers", () => {
    expect(forwardedHeaders({ ...forged, peer: "10.0.0.5" }, nginx)).toBe("keep");
  });

  it("replaces a client's forwarded headers by PUBLIC_URL's host and scheme", () => {
    expect(forwardedHeaders({ ...forged, publicUrl: "https://www.beilun.gov.cn/" }, nginx)).toEqual({ host: "www.beilun.gov.cn", proto: "https" });
    expect(forwardedHeaders({ ...forged, publicUrl: "http://10.1.1.1:8080" }, none)).toEqual({ host: "10.1.1.1:8080", proto: "http" });
  });

  it("drops a client's forwarded headers when nothing else says where the site is", () => {
    expect(forwardedHeaders(forged, none)).toBeNull();
    expect(forwardedHeaders({ ...forged, peer: "127.0.0.1" }, none)).toBeNull();
  });
});
