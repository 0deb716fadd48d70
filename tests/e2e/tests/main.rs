//! The browser end-to-end suite as one test binary: one link instead of one
//! per file (each linking WebDriver, tokio and the core: minutes of CI). Each
//! module is one file of tests, as `cargo xtask e2e --tests NAME` names them
//! (it runs the tests whose path starts with `NAME::`).

// Helpers several files share.
mod adding;
#[path = "offline/support.rs"]
mod support;

mod accessibility;
mod bounded_input;
mod card_reach;
mod export;
mod facet_order;
mod first_minute;
mod first_minute_answers;
mod languages;
mod layout;
mod lazy_parts;
mod looks;
mod name_facets;
mod offline;
mod owned_corpus;
mod prefetch;
mod reader;
mod reader_why;
mod readme_shots;
mod real_articles;
mod shell;
mod slow_clicks;
mod slow_keys;
mod storage;
mod stories;
mod text_safety;
mod timeline;
mod timeline_looks;
mod trends;
mod url_state;
mod warm_up;
mod your_articles;
