//! Developer commands for Dossier (the xtask pattern): `cargo xtask <command>`.
//!
//! - `serve`: build the site with the bundled corpus and serve it on http://127.0.0.1:8080
//! - `test`: every test (core unit tests, a short fuzz run, browser end-to-end tests)
//! - `build [--public-url /REPO/] [--corpus DIR]`: static site in `dist/`
//! - `build --single-file [--corpus DIR]`: one self-contained `dist/dossier.html`
//! - `corpus [--corpus DIR] --json`: what ingest made of each article

mod app_cache;
mod bench;
mod chromedriver;
mod corpus;
mod dist;
mod first_load;
mod fuzz;
mod gen_corpus;
mod optimised;
mod pwa;
mod server;
mod shell;
mod shell_newest;
mod single_file;
mod site;
mod test;
mod tools;
mod worker;

/// The build's ingest and indexing allocate millions of small strings and
/// vectors on two threads, and glibc's malloc and free were an eighth of its
/// samples: with mimalloc a synthetic 40k build's data step went from 140 to
/// 117 s here (the same files, byte for byte).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::path::{Path, PathBuf};
use std::process::Command;

/// Errors are messages for the person at the terminal.
pub type Result<T> = std::result::Result<T, String>;

const USAGE: &str = "usage: cargo xtask <command>

commands:
  serve [--corpus DIR] [--port N]                 build the site and serve it on http://127.0.0.1:8080
  test                                            every test: core, wasm, browser end-to-end
  e2e [--tag T] [--tests a,b] [--filter NAME]     browser tests alone (some test files, tests whose name
                                                  contains NAME), sites built in target/e2e-dist*-T
  build [--public-url /REPO/] [--corpus DIR]      static site in dist/ (relative links by default: any folder)
  build --single-file [--corpus DIR]              one self-contained dist/dossier.html that opens from disk
  corpus [--corpus DIR] --json [--body]           what ingest made of each article, one JSON object a line
                                                  (--body: with its cleaned text)
  gen-corpus --articles N --out DIR [--seed S]    synthetic en/fr/ar/ru corpus for scale tests
  fuzz [--seconds N] [--seed S] [--budget-ms MS]  mutational fuzzing (optimised build) of the zip reader, front
       [--targets zip,frontmatter,clean,date,     matter, cleaner, date parser, one-file ingest and URL + search;
        ingest,query] [--replay FILE]             failing inputs (panic, check, over MS per input) go to target/fuzz/
  bench [--sizes seed,1k,10k,100k]                release sites of the seed and synthetic corpora in headless
        [--engines dossier,pagefind,minisearch,   Chromium next to Pagefind, MiniSearch, Orama and FlexSearch
                   orama,flexsearch|none]         (and Lighthouse on the seed site), on loopback and through
        [--profiles loopback,net]                 an emulated 40 ms, 20 Mbit/s link: bench/report.md
        [--site build|reuse]                      (sizes not run keep their part of the report); first, the
        [--extraction DIR|skip]                   article-extraction benchmark (cloned to bench/work; `--sizes
                                                  none` runs only it)";

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Err(e) = dispatch(&args) {
        eprintln!("xtask: error: {e}");
        std::process::exit(1);
    }
}

fn dispatch(args: &[String]) -> Result<()> {
    let root = project_root();
    let (command, rest) = args.split_first().ok_or(USAGE)?;
    let mut flags = Flags::parse(rest)?;
    let corpus = flags
        .take("--corpus")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("corpus"));
    match command.as_str() {
        // A large corpus's ingest and indexing run optimised, on every core.
        "build" | "serve" | "corpus" if optimised::pays_for(&corpus) => optimised::rerun(&root, args),
        "build" if flags.take("--single-file").is_some() => {
            if flags.take("--public-url").is_some() {
                return Err(
                    "--single-file makes one file that opens from anywhere: it takes no --public-url".into(),
                );
            }
            flags.finish()?;
            single_file::build(&root, &corpus, &root.join("dist"))
        }
        "build" => {
            // Relative URLs by default: the same build works from any folder.
            let public_url = flags.take("--public-url").unwrap_or_else(|| "./".into());
            flags.finish()?;
            site::build(
                &root,
                &site::BuildOptions {
                    public_url,
                    corpus,
                    dist: root.join("dist"),
                    chunks: Default::default(),
                    precache_parts_limit: pwa::PRECACHE_PARTS_LIMIT,
                },
            )
        }
        "serve" => {
            let port = flags.take("--port").unwrap_or_else(|| "8080".into());
            flags.finish()?;
            site::build(
                &root,
                &site::BuildOptions {
                    public_url: "./".into(),
                    corpus,
                    dist: root.join("dist"),
                    chunks: Default::default(),
                    precache_parts_limit: pwa::PRECACHE_PARTS_LIMIT,
                },
            )?;
            let addr = server::spawn(root.join("dist"), "/".into(), &format!("127.0.0.1:{port}"))
                .map_err(|e| format!("cannot listen on 127.0.0.1:{port}: {e}"))?;
            println!("Dossier is served on http://{addr}/ (Ctrl-C stops it)");
            loop {
                std::thread::park();
            }
        }
        "corpus" => {
            if flags.take("--json").is_none() {
                return Err(format!("corpus prints JSON lines: pass --json\n\n{USAGE}"));
            }
            let with_body = flags.take("--body").is_some();
            flags.finish()?;
            corpus::print_json(&corpus, with_body)
        }
        "test" => {
            flags.finish()?;
            test::run_all(&root)
        }
        "e2e" => {
            let tag = flags.take("--tag").map(|t| format!("-{t}")).unwrap_or_default();
            let files: Vec<String> = flags
                .take("--tests")
                .iter()
                .flat_map(|t| t.split(','))
                .map(str::to_string)
                .collect();
            let filter = flags.take("--filter");
            flags.finish()?;
            test::run_e2e(&root, &tag, &files, filter.as_deref())
        }
        "gen-corpus" => {
            let articles = flags.take("--articles").ok_or("gen-corpus needs --articles N")?;
            let articles = articles
                .parse()
                .map_err(|_| format!("--articles {articles}: not a number"))?;
            let out = PathBuf::from(flags.take("--out").ok_or("gen-corpus needs --out DIR")?);
            let seed = flags.take("--seed").unwrap_or_else(|| "1".into());
            let seed = seed.parse().map_err(|_| format!("--seed {seed}: not a number"))?;
            flags.finish()?;
            gen_corpus::run(&corpus, articles, &out, seed)
        }
        "bench" if !optimised::is_optimised() => optimised::rerun(&root, args),
        "bench" => {
            let sizes = flags.take("--sizes").unwrap_or_else(|| "seed,1k,10k,100k".into());
            let opts = bench::Options::parse(
                &root,
                flags.take("--engines"),
                flags.take("--site"),
                flags.take("--extraction"),
            )?
            .with_profiles(flags.take("--profiles").as_deref())?;
            flags.finish()?;
            bench::run(&root, &sizes, &opts)
        }
        "fuzz" if !optimised::is_optimised() => optimised::rerun(&root, args),
        "fuzz" => {
            let number = |name: &str, default: &str, flags: &mut Flags| -> Result<u64> {
                let v = flags.take(name).unwrap_or_else(|| default.into());
                v.parse().map_err(|_| format!("{name} {v}: not a number"))
            };
            let opts = fuzz::Options {
                seconds: number("--seconds", "60", &mut flags)? as f64,
                seed: number("--seed", "1", &mut flags)?,
                budget: std::time::Duration::from_millis(number("--budget-ms", "200", &mut flags)?),
                only: flags
                    .take("--targets")
                    .map(|t| t.split(',').map(str::to_string).collect())
                    .unwrap_or_default(),
                replay: flags.take("--replay").map(PathBuf::from),
            };
            flags.finish()?;
            let start = std::time::Instant::now();
            fuzz::run(&root, &opts)?;
            println!("xtask: fuzz passed in {:.1?}", start.elapsed());
            Ok(())
        }
        "help" | "--help" | "-h" => {
            println!("{USAGE}");
            Ok(())
        }
        other => Err(format!("unknown command `{other}`\n\n{USAGE}")),
    }
}

/// `--name value` pairs, taken one by one so that leftovers can be reported.
struct Flags(Vec<(String, String)>);

impl Flags {
    fn parse(args: &[String]) -> Result<Self> {
        let mut pairs = Vec::new();
        let mut it = args.iter();
        while let Some(name) = it.next() {
            if !name.starts_with("--") {
                return Err(format!("unexpected argument `{name}`\n\n{USAGE}"));
            }
            let (name, value) = match name.split_once('=') {
                Some((n, v)) => (n.to_string(), v.to_string()),
                None if ["--json", "--body", "--single-file"].contains(&name.as_str()) => {
                    (name.clone(), String::new())
                }
                None => (
                    name.clone(),
                    it.next().ok_or_else(|| format!("{name} needs a value"))?.clone(),
                ),
            };
            pairs.push((name, value));
        }
        Ok(Flags(pairs))
    }

    fn take(&mut self, name: &str) -> Option<String> {
        let i = self.0.iter().position(|(n, _)| n == name)?;
        Some(self.0.remove(i).1)
    }

    fn finish(self) -> Result<()> {
        match self.0.first() {
            Some((name, _)) => Err(format!("unknown option `{name}`\n\n{USAGE}")),
            None => Ok(()),
        }
    }
}

/// The workspace root (xtask lives one level below it).
fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// Runs a command with inherited output, failing if it fails.
pub fn run(cmd: &mut Command) -> Result<()> {
    let status = cmd
        .status()
        .map_err(|e| format!("cannot run {:?}: {e}", cmd.get_program()))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{:?} failed ({status})", cmd))
    }
}

/// Runs a command and returns its stdout.
pub fn cmd_output(cmd: &mut Command) -> Result<String> {
    let out = cmd
        .output()
        .map_err(|e| format!("cannot run {:?}: {e}", cmd.get_program()))?;
    if !out.status.success() {
        return Err(format!(
            "{:?} failed: {}",
            cmd,
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}
