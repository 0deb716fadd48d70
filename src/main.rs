//! Entry point of the browser app: mount [`dossier::App`] on the page body.

use leptos::prelude::{document, request_animation_frame, set_timeout};

fn main() {
    console_error_panic_hook::set_once();
    // Mount after the next frame: the static shell of index.html (the dossier's
    // title and description) is then painted before the app replaces it, even
    // when every file arrives at once, so the first and largest paints never
    // wait for the app and its data.
    request_animation_frame(|| set_timeout(mount, std::time::Duration::ZERO));
}

/// Mounts the app; the static shell goes, and its watchdog learns that the app started.
fn mount() {
    leptos::mount::mount_to_body(dossier::App);
    let document = document();
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("data-app-started", "");
    }
    if let Some(shell) = document.get_element_by_id("shell") {
        shell.remove();
    }
}
