//! `cargo xtask bench [--sizes seed,1k,10k,100k]`: builds the release site for
//! the seed corpus and synthetic corpora, serves each, measures it in headless
//! Chromium next to Pagefind, MiniSearch, Orama and FlexSearch on the same
//! articles, on loopback and through an emulated broadband link, and writes
//! `bench/report.md` and `bench/report.json`.

mod added;
mod build_time;
mod built_site;
mod drop;
mod engines;
mod extraction;
mod figures;
mod h2_server;
mod lighthouse;
mod lived;
mod measure;
mod native;
mod options;
mod profile;
mod queries;
mod report;
mod shingles;
mod size_table;
mod stories;
mod trends;
mod typing;
mod warm_up;
mod webdriver;
mod why;

use crate::{server, site, tools, Result};
use built_site::{data_size, site_corpus, typo_size};
use measure::{Kind, Measured};
use options::parse_size;
pub use options::Options;
use profile::Profile;
use std::path::Path;
use std::time::Instant;

/// Seed of the synthetic corpora, fixed so runs compare.
const SEED: u64 = 1;

/// Everything measured for one corpus size.
pub struct SizeResult {
    pub name: String,
    pub articles: usize,
    /// `site::build` wall time (ingest, trunk, data), seconds.
    pub build_secs: f64,
    /// Where that time went (not with `--site reuse`): see [`build_time`].
    pub build_times: Option<site::BuildTimes>,
    /// Corpus data files the site ships (`dist/data`): raw and gzip bytes.
    pub data_bytes: u64,
    pub data_gzip: u64,
    /// The typo index's blocks (`data/typos-*.bin`): count, raw and gzip bytes.
    pub typos: (usize, u64, u64),
    /// Dossier on loopback (empty, with a note, when `--profiles` leaves it out).
    pub app: Measured,
    /// (engine name, build seconds, index bytes, figures on loopback).
    pub engines: Vec<(&'static str, f64, u64, Measured)>,
    /// Peers whose build failed at this size, with why.
    pub failed: Vec<(&'static str, String)>,
    /// The same pages through the `net` profile: (name, figures), Dossier first.
    pub network: Vec<(&'static str, Measured)>,
    /// The engine alone, natively (not with `--site reuse`).
    pub native: Option<native::NativeFigures>,
    /// The trends view's counts, natively (not with `--site reuse`).
    pub trends: Option<trends::TrendFigures>,
    /// What the outlet, entity and story data add to the site's files.
    pub added: Option<added::AddedSizes>,
    /// Adding files in the browser (measured on the seed site only).
    pub drop: Option<drop::DropFigures>,
    /// Lighthouse's mobile audit, simulated and applied throttling (on the seed site only).
    pub lighthouse: Vec<lighthouse::Scores>,
}

/// How many synthetic articles are dropped on the seed site.
const DROPPED: usize = 1000;

/// Runs the benchmark for the comma-separated `sizes` (`none`: only the extraction benchmark).
pub fn run(root: &Path, sizes: &str, opts: &Options) -> Result<()> {
    let sizes: Vec<(String, Option<usize>)> = match sizes {
        "none" => Vec::new(),
        _ => sizes.split(',').map(parse_size).collect::<Result<_>>()?,
    };
    let extraction = match &opts.extraction {
        Some(dir) => {
            progress("article extraction benchmark");
            extraction::ensure_set(dir)?;
            let figures = extraction::measure(dir)?;
            progress(&format!(
                "extraction: F1 {:.3} ({:.0} pages per second)",
                figures.dossier.f1, figures.pages_per_sec
            ));
            Some(figures)
        }
        None => None,
    };
    report::write(root, &[], extraction.as_ref())?;
    if sizes.is_empty() {
        return Ok(());
    }
    tools::ensure_build_tools(root)?;
    tools::ensure_browser()?;
    let modules = engines::ensure_npm(root)?;
    let work = root.join("bench/work");
    let driver = webdriver::Driver::start()?;
    let mut results = Vec::new();
    let total = Instant::now();
    for (i, (name, articles)) in sizes.iter().enumerate() {
        let step = Instant::now();
        progress(&format!("[{}/{}] {name}: corpus", i + 1, sizes.len()));
        let corpus_dir = match articles {
            None => root.join("corpus"),
            Some(n) => {
                let dir = work.join("corpora").join(name);
                crate::gen_corpus::run(&root.join("corpus"), *n, &dir, SEED)?;
                dir
            }
        };
        let dist = root.join("target/bench").join(name).join("dist");
        let start = Instant::now();
        let mut build_times = None;
        if opts.reuse_site {
            progress(&format!(
                "{name}: measuring the site already in {}",
                dist.display()
            ));
        } else {
            progress(&format!("{name}: building the release site"));
            build_times = Some(site::build_timed(
                root,
                &site::BuildOptions {
                    public_url: "/".into(),
                    corpus: corpus_dir.clone(),
                    dist: dist.clone(),
                    chunks: Default::default(),
                    precache_parts_limit: crate::pwa::PRECACHE_PARTS_LIMIT,
                },
            )?);
        }
        let build_secs = if opts.reuse_site {
            f64::NAN
        } else {
            start.elapsed().as_secs_f64()
        };
        let (data_bytes, data_gzip) = data_size(&dist.join("data"));
        let typos = typo_size(&dist.join("data"));
        let corpus = if opts.reuse_site {
            site_corpus(&dist)?
        } else {
            dossier_core::ingest::load_corpus_dir(&corpus_dir)
                .map_err(|e| format!("{}: {e}", corpus_dir.display()))?
                .corpus
        };
        progress(&format!(
            "{name}: measuring Dossier ({} articles)",
            corpus.articles.len()
        ));
        let native = (!opts.reuse_site).then(|| {
            progress(&format!("{name}: native engine"));
            native::measure(&corpus)
        });
        let trends = (!opts.reuse_site).then(|| trends::measure(&corpus));
        let added = added::measure(&dist)
            .map_err(|e| progress(&format!("{name}: not weighing the outlet and entity data: {e}")))
            .ok();
        let series: Vec<String> = trends::series(&corpus).iter().map(|s| s.to_param()).collect();
        let (mut app, net) = measure_each(&driver, &dist, Kind::App(&series), &opts.profiles)?;
        let mut network: Vec<(&'static str, Measured)> = net.map(|m| ("Dossier", m)).into_iter().collect();
        let drop = if articles.is_none() {
            progress(&format!("{name}: dropping {DROPPED} files on the page"));
            let dropped = work.join("corpora").join("dropped");
            crate::gen_corpus::run(&root.join("corpus"), DROPPED, &dropped, SEED + 1)?;
            let addr = server::spawn(dist.clone(), "/".into(), "127.0.0.1:0").map_err(|e| e.to_string())?;
            let url = format!("http://{addr}/");
            Some(drop::measure(&driver, &url, &dropped, corpus.articles.len())?)
        } else {
            None
        };
        let lighthouse = if articles.is_none() {
            progress(&format!("{name}: Lighthouse (mobile)"));
            // A Lighthouse that does not install or run is noted; the rest stands.
            lighthouse::measure_all(root, &dist).unwrap_or_else(|e| {
                progress(&format!("{name}: Lighthouse not run: {e}"));
                app.notes.push(format!("Lighthouse not run: {e}"));
                Vec::new()
            })
        } else {
            Vec::new()
        };
        let mut engine_results = Vec::new();
        let mut failed = Vec::new();
        for &engine in &opts.engines {
            progress(&format!("{name}: building and measuring {engine}"));
            let dir = work.join("engines").join(name).join(engine.to_lowercase());
            let built = match engine {
                "Pagefind" => engines::pagefind(&modules, &corpus, &dir),
                "Orama" => engines::orama(&modules, &corpus, &dir),
                "FlexSearch" => engines::flexsearch(&modules, &corpus, &dir),
                _ => engines::minisearch(&modules, &corpus, &dir),
            };
            // A peer that cannot build this size is reported, and the others
            // still run (Pagefind ran out of memory at 100k).
            let built = match built {
                Ok(built) => built,
                Err(why) => {
                    progress(&format!("{name}: {engine} not measured: {why}"));
                    failed.push((engine, why));
                    continue;
                }
            };
            let (m, net) = measure_each(&driver, &built.dir, Kind::Engine, &opts.profiles)?;
            engine_results.push((engine, built.build_secs, built.index_bytes, m));
            network.extend(net.map(|m| (engine, m)));
        }
        results.push(SizeResult {
            name: name.clone(),
            articles: corpus.articles.len(),
            build_secs,
            build_times,
            data_bytes,
            data_gzip,
            typos,
            app,
            engines: engine_results,
            failed,
            network,
            native,
            trends,
            added,
            drop,
            lighthouse,
        });
        report::write(root, &results, extraction.as_ref())?;
        progress(&format!("{name}: done in {:.0} s", step.elapsed().as_secs_f64()));
    }
    progress(&format!(
        "all sizes done in {:.0} s; see bench/report.md",
        total.elapsed().as_secs_f64()
    ));
    Ok(())
}

/// Measures `dir` under each of `profiles`: the loopback figures (empty, with a
/// note, when loopback is left out) and the `net` profile's, if run.
fn measure_each(
    driver: &webdriver::Driver,
    dir: &Path,
    kind: Kind,
    profiles: &[Profile],
) -> Result<(Measured, Option<Measured>)> {
    let mut loopback = Measured::default();
    let mut net = None;
    for &p in profiles {
        let m = measure_at(driver, dir, kind, p)?;
        match p {
            Profile::Loopback => loopback = m,
            Profile::Net => net = Some(m),
        }
    }
    if !profiles.contains(&Profile::Loopback) {
        loopback.notes.push("loopback not measured (--profiles)".into());
    }
    Ok((loopback, net))
}

/// Serves `dir` at `/` on a free port (for the `net` profile gzipped over
/// HTTP/2, see [`h2_server`]) and measures it.
fn measure_at(driver: &webdriver::Driver, dir: &Path, kind: Kind, profile: Profile) -> Result<Measured> {
    match profile {
        Profile::Loopback => {
            let addr =
                server::spawn(dir.to_path_buf(), "/".into(), "127.0.0.1:0").map_err(|e| e.to_string())?;
            measure::site(driver, &format!("http://{addr}/"), dir, kind, profile)
        }
        Profile::Net => {
            let server = h2_server::H2Server::start(dir, &std::env::temp_dir().join("dossier-bench-tls"))?;
            measure::site(driver, &server.url, dir, kind, profile)
        }
    }
}

fn progress(msg: &str) {
    eprintln!("xtask bench: {msg}");
}
