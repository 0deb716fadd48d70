//! Saving what the page made (CSV, JSON, a zip of the reader's articles) as a
//! download: a `Blob` behind a temporary object URL and a clicked `<a download>`.
//! A leaf: the export buttons and the library worker's replies both use it.

use leptos::prelude::document;
use wasm_bindgen::JsCast;

/// Makes the browser download `text` as `filename`.
pub fn download_text(filename: &str, mime: &str, text: &str) -> Result<(), wasm_bindgen::JsValue> {
    download_part(filename, mime, &wasm_bindgen::JsValue::from_str(text))
}

/// Makes the browser download `bytes` as `filename`.
pub fn download_bytes(filename: &str, mime: &str, bytes: &[u8]) -> Result<(), wasm_bindgen::JsValue> {
    download_part(filename, mime, &js_sys::Uint8Array::from(bytes))
}

fn download_part(
    filename: &str,
    mime: &str,
    part: &wasm_bindgen::JsValue,
) -> Result<(), wasm_bindgen::JsValue> {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_blob_sequence_and_options(&js_sys::Array::of1(part), &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let a: web_sys::HtmlAnchorElement = document().create_element("a")?.unchecked_into();
    a.set_href(&url);
    a.set_download(filename);
    a.click();
    web_sys::Url::revoke_object_url(&url)
}
