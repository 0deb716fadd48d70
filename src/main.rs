//! Entry point of the browser app: mount [`dossier::App`] on the page body.

use leptos::prelude::{document, window};
use wasm_bindgen::JsCast;

fn main() {
    console_error_panic_hook::set_once();
    // index.html's `dossierShellPainted` resolves once the static shell (the
    // dossier's title and description) has painted: mounting after it keeps
    // the first and largest paints from waiting for the app and its data, even
    // when every file arrives at once.
    let painted = js_sys::Reflect::get(&window(), &"dossierShellPainted".into())
        .ok()
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    match painted {
        Some(painted) => wasm_bindgen_futures::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(painted).await;
            mount();
        }),
        None => mount(),
    }
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
