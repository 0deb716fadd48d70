//! One module per view.

pub mod facets;
pub mod results;
