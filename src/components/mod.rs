//! One module per view; each reads [`crate::state::AppState`] from context.

pub mod add_files;
pub mod chips;
pub mod did_you_mean;
pub mod empty;
pub mod export;
pub mod facets;
pub mod header;
pub mod marked;
pub mod name_facets;
pub mod notice_text;
pub mod notices;
pub mod reader;
pub mod reader_body;
pub mod reader_entities;
pub mod reader_why;
pub mod results;
pub mod search_box;
pub mod snippet_reach;
pub mod story_card;
pub mod timeline;
pub mod trends;
pub mod update_prompt;
