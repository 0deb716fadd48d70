// The bench's `net` profile server: a site's folder over HTTP/2 and TLS, files
// gzipped for a browser that accepts it, as GitHub Pages serves them (its CDN
// speaks HTTP/2, so the parts of one view share one connection instead of
// queueing six at a time as over HTTP/1.1).
// It also plays the link: each response waits LATENCY_MS (a round trip) before
// its headers, then its body crosses at DOWN bytes per second, shared by every
// response in 16 KB slices sent when the link would have carried them. Chromium's
// network emulation did this once, but it throttles only the page's own fetches:
// those of its workers (the index parts' fetcher, the service worker) escaped it.
// Usage: node h2.mjs ROOT KEY.pem CERT.pem [LATENCY_MS DOWN]; prints the port it
// listens on (no LATENCY_MS or DOWN, or 0: no delay, no limit).
import http2 from "node:http2";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const [root, key, cert, latencyArg = "0", downArg = "0"] = process.argv.slice(2);
const LATENCY = Number(latencyArg);
const DOWN = Number(downArg);
const SLICE = 16384;
// When the link has carried every slice scheduled so far (performance.now() ms).
let linkFree = 0;

/** Sends `body` on `res` at the link's pace, after what is already scheduled. */
function sendPaced(res, body) {
  let sent = 0;
  const gone = () => res.destroyed || res.stream?.destroyed;
  const next = () => {
    if (gone()) return;
    if (sent >= body.length) { res.end(); return; }
    const slice = body.subarray(sent, sent + SLICE);
    sent += slice.length;
    const now = performance.now();
    linkFree = Math.max(now, linkFree) + (slice.length * 1000) / DOWN;
    setTimeout(() => { if (!gone()) { res.write(slice); next(); } }, linkFree - now);
  };
  next();
}
const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css",
  ".wasm": "application/wasm", ".json": "application/json", ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml", ".png": "image/png",
};
// Each file is compressed once and kept, as a CDN keeps it.
const zipped = new Map();

const server = http2.createSecureServer({ key: fs.readFileSync(key), cert: fs.readFileSync(cert), allowHTTP1: true });
server.on("request", (req, res) => (LATENCY > 0 ? setTimeout(() => respond(req, res), LATENCY) : respond(req, res)));

function respond(req, res) {
  if (res.destroyed || res.stream?.destroyed) return; // called off while it waited
  const url = decodeURIComponent((req.url || "/").split(/[?#]/)[0]);
  let file = path.resolve(root, "." + path.posix.normalize(url));
  if (!file.startsWith(path.resolve(root))) { res.writeHead(404); res.end(); return; }
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
  if (!fs.existsSync(file)) { res.writeHead(404, { "content-type": "text/plain" }); res.end("not found"); return; }
  const headers = { "content-type": TYPES[path.extname(file)] || "application/octet-stream", "cache-control": "no-cache" };
  let body = fs.readFileSync(file);
  if (/\bgzip\b/.test(req.headers["accept-encoding"] || "")) {
    if (!zipped.has(file)) zipped.set(file, zlib.gzipSync(body));
    body = zipped.get(file);
    headers["content-encoding"] = "gzip";
  }
  headers["content-length"] = body.length;
  res.writeHead(200, headers);
  if (req.method === "HEAD") res.end();
  else if (DOWN > 0) sendPaced(res, body);
  else res.end(body);
}
server.listen(0, "127.0.0.1", () => console.log(server.address().port));
