//! Placeholder view state (language filter only) until the full URL state lands.

/// A notice about a dropped URL value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub message: String,
}

/// What the reader is looking at.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ViewState {
    pub lang: Vec<String>,
    pub extra: Vec<(String, String)>,
}

impl ViewState {
    /// Parses a query string (without `?`).
    pub fn parse(query: &str) -> (ViewState, Vec<Notice>) {
        let mut state = ViewState::default();
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            if k == "lang" {
                state
                    .lang
                    .extend(v.split(',').filter(|s| !s.is_empty()).map(str::to_string));
            } else {
                state.extra.push((k.to_string(), v.to_string()));
            }
        }
        state.lang.sort();
        state.lang.dedup();
        (state, Vec::new())
    }

    /// Serialises to a query string (without `?`).
    pub fn to_query_string(&self) -> String {
        let mut parts = Vec::new();
        if !self.lang.is_empty() {
            parts.push(format!("lang={}", self.lang.join(",")));
        }
        parts.extend(self.extra.iter().map(|(k, v)| format!("{k}={v}")));
        parts.join("&")
    }

    /// Turns a language on or off.
    pub fn toggle_lang(&mut self, lang: &str) {
        if let Some(i) = self.lang.iter().position(|l| l == lang) {
            self.lang.remove(i);
        } else {
            self.lang.push(lang.to_string());
            self.lang.sort();
        }
    }
}
