//! A small static file server for `dist/`, mounted under the site's public URL
//! exactly as GitHub Pages would serve it under `/REPO/`.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex};

/// Serves `root` at `http://ADDR/PREFIX` until the process ends; returns the bound address.
pub fn spawn(root: PathBuf, prefix: String, addr: &str) -> std::io::Result<std::net::SocketAddr> {
    spawn_with(root, prefix, addr, None)
}

/// Like [`spawn`], but sends files gzipped to a browser that accepts it, as GitHub
/// Pages does (the bench's network profile: what crosses the emulated link is what
/// a visitor downloads). Each file is compressed once and kept.
pub fn spawn_gzip(root: PathBuf, prefix: String, addr: &str) -> std::io::Result<std::net::SocketAddr> {
    spawn_with(root, prefix, addr, Some(Arc::default()))
}

/// Gzipped bodies by file, shared by the connections of one server.
type GzipCache = Arc<Mutex<HashMap<PathBuf, Arc<Vec<u8>>>>>;

fn spawn_with(
    root: PathBuf,
    prefix: String,
    addr: &str,
    gzip: Option<GzipCache>,
) -> std::io::Result<std::net::SocketAddr> {
    let listener = TcpListener::bind(addr)?;
    let local = listener.local_addr()?;
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let (root, prefix, gzip) = (root.clone(), prefix.clone(), gzip.clone());
            std::thread::spawn(move || {
                let _ = handle(stream, &root, &prefix, gzip.as_ref());
            });
        }
    });
    Ok(local)
}

fn handle(mut stream: TcpStream, root: &Path, prefix: &str, gzip: Option<&GzipCache>) -> std::io::Result<()> {
    let mut request_line = String::new();
    let mut reader = BufReader::new(stream.try_clone()?);
    reader.read_line(&mut request_line)?;
    // Drain the headers; only Accept-Encoding changes what we send (with `gzip`).
    let (mut line, mut accepts_gzip) = (String::new(), false);
    while reader.read_line(&mut line)? > 2 {
        let lower = line.to_ascii_lowercase();
        accepts_gzip |= lower.starts_with("accept-encoding:") && lower.contains("gzip");
        line.clear();
    }
    let mut parts = request_line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or("/"));
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let file = match (method, resolve(root, prefix, path)) {
        ("GET" | "HEAD", Some(file)) => file,
        ("GET" | "HEAD", None) => {
            return respond(&mut stream, "404 Not Found", "text/plain", b"not found", method)
        }
        _ => return respond(&mut stream, "405 Method Not Allowed", "text/plain", b"", method),
    };
    match (std::fs::read(&file), gzip.filter(|_| accepts_gzip)) {
        (Ok(body), Some(cache)) => {
            let zipped = cache
                .lock()
                .map_err(|_| std::io::Error::other("gzip cache poisoned"))?
                .entry(file.clone())
                .or_insert_with(|| Arc::new(crate::dist::gzip(&body)))
                .clone();
            // The encoding rides on the type's header line: one more header, no new parameter.
            let kind = format!("{}\r\nContent-Encoding: gzip", content_type(&file));
            respond(&mut stream, "200 OK", &kind, &zipped, method)
        }
        (Ok(body), None) => respond(&mut stream, "200 OK", content_type(&file), &body, method),
        (Err(_), _) => respond(&mut stream, "404 Not Found", "text/plain", b"not found", method),
    }
}

/// Maps a URL path under `prefix` to a file below `root`, refusing `..`.
fn resolve(root: &Path, prefix: &str, path: &str) -> Option<PathBuf> {
    let rest = path.strip_prefix(prefix.trim_end_matches('/'))?;
    if !(rest.is_empty() || rest.starts_with('/')) {
        return None;
    }
    let relative = Path::new(rest.trim_start_matches('/'));
    if relative.components().any(|c| !matches!(c, Component::Normal(_))) {
        return None;
    }
    let file = root.join(relative);
    if file.is_dir() {
        Some(file.join("index.html"))
    } else {
        Some(file)
    }
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript",
        "css" => "text/css",
        "wasm" => "application/wasm",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        _ => "application/octet-stream",
    }
}

fn respond(
    stream: &mut TcpStream,
    status: &str,
    kind: &str,
    body: &[u8],
    method: &str,
) -> std::io::Result<()> {
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes())?;
    if method != "HEAD" {
        stream.write_all(body)?;
    }
    stream.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_only_below_the_prefix() {
        let root = Path::new("/srv");
        assert_eq!(
            resolve(root, "/dossier/", "/dossier/app.js"),
            Some(PathBuf::from("/srv/app.js"))
        );
        assert_eq!(resolve(root, "/dossier/", "/other/app.js"), None);
        assert_eq!(resolve(root, "/dossier/", "/dossierx/app.js"), None);
        assert_eq!(resolve(root, "/dossier/", "/dossier/../etc/passwd"), None);
        assert_eq!(
            resolve(root, "/", "/a/b.css"),
            Some(PathBuf::from("/srv/a/b.css"))
        );
    }

    #[test]
    fn gzip_server_compresses_only_for_browsers_that_accept_it() {
        use std::io::Read;
        let dir = std::env::temp_dir().join(format!("dossier-gzip-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let text = "Le gazoduc, the pipeline, газопровод. ".repeat(200);
        std::fs::write(dir.join("a.json"), &text).unwrap();
        let addr = spawn_gzip(dir.clone(), "/".into(), "127.0.0.1:0").unwrap();
        let get = |accept: &str| {
            let mut s = TcpStream::connect(addr).unwrap();
            write!(s, "GET /a.json HTTP/1.1\r\nHost: x\r\n{accept}\r\n").unwrap();
            let mut reply = Vec::new();
            s.read_to_end(&mut reply).unwrap();
            let split = reply.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
            (
                String::from_utf8_lossy(&reply[..split]).to_string(),
                reply[split + 4..].to_vec(),
            )
        };
        let (head, body) = get("Accept-Encoding: gzip, deflate, br\r\n");
        assert!(head.contains("Content-Encoding: gzip"), "{head}");
        let mut plain = String::new();
        flate2::read::GzDecoder::new(&body[..])
            .read_to_string(&mut plain)
            .unwrap();
        assert_eq!(plain, text);
        assert!(body.len() < text.len() / 10);
        let (head, body) = get("");
        assert!(!head.contains("Content-Encoding"), "{head}");
        assert_eq!(body, text.as_bytes());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
