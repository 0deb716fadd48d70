// The bench's `net` profile server: a site's folder over HTTP/2 and TLS, files
// gzipped for a browser that accepts it, as GitHub Pages serves them (its CDN
// speaks HTTP/2, so the parts of one view share one connection instead of
// queueing six at a time as over HTTP/1.1).
// Usage: node h2.mjs ROOT KEY.pem CERT.pem; prints the port it listens on.
import http2 from "node:http2";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const [root, key, cert] = process.argv.slice(2);
const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css",
  ".wasm": "application/wasm", ".json": "application/json", ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml", ".png": "image/png",
};
// Each file is compressed once and kept, as a CDN keeps it.
const zipped = new Map();

const server = http2.createSecureServer({ key: fs.readFileSync(key), cert: fs.readFileSync(cert), allowHTTP1: true });
server.on("request", (req, res) => {
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
  res.end(req.method === "HEAD" ? undefined : body);
});
server.listen(0, "127.0.0.1", () => console.log(server.address().port));
