//! Entry point of the browser app: mount [`dossier::App`] on the page body.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(dossier::App);
    // The app now paints its own header and loading state: the static shell of
    // index.html goes, and its watchdog learns that the app started.
    let document = leptos::prelude::document();
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("data-app-started", "");
    }
    if let Some(shell) = document.get_element_by_id("shell") {
        shell.remove();
    }
}
