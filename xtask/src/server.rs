//! A small static file server for `dist/`, mounted under the site's public URL
//! exactly as GitHub Pages would serve it under `/REPO/`.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};

/// Serves `root` at `http://ADDR/PREFIX` until the process ends; returns the bound address.
pub fn spawn(root: PathBuf, prefix: String, addr: &str) -> std::io::Result<std::net::SocketAddr> {
    let listener = TcpListener::bind(addr)?;
    let local = listener.local_addr()?;
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let (root, prefix) = (root.clone(), prefix.clone());
            std::thread::spawn(move || {
                let _ = handle(stream, &root, &prefix);
            });
        }
    });
    Ok(local)
}

fn handle(mut stream: TcpStream, root: &Path, prefix: &str) -> std::io::Result<()> {
    let mut request_line = String::new();
    let mut reader = BufReader::new(stream.try_clone()?);
    reader.read_line(&mut request_line)?;
    // Drain the headers: none changes what we send.
    let mut line = String::new();
    while reader.read_line(&mut line)? > 2 {
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
    match std::fs::read(&file) {
        Ok(body) => respond(&mut stream, "200 OK", content_type(&file), &body, method),
        Err(_) => respond(&mut stream, "404 Not Found", "text/plain", b"not found", method),
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
}
