// Shared by the peer engines' bench pages (written by `cargo xtask bench`):
// paints a search's count and top-10 titles the same way for every engine, so
// paint timings compare, and wires the search box for words typed key by key.
// `search(q, filters, typing)` resolves to {count, items: [html of one hit]};
// q null lists by filters alone; typing: the last word is a prefix being typed.
window.esc = (s) => String(s ?? "").replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
window.peerPage = (search) => {
  const input = document.querySelector("[data-testid=search-input]");
  const count = document.querySelector("[data-testid=result-count]");
  const list = document.getElementById("results");
  const paint = ({ count: n, items }) => {
    count.textContent = n;
    list.innerHTML = items.slice(0, 10).map((h) => `<li data-testid="result">${h}</li>`).join("");
    return n;
  };
  window.benchSearch = async (q, filters) => paint(await search(q, filters, false));
  // A later key's answer may come first (async engines): only the latest paints.
  // While it is on its way the count carries Dossier's `data-searching` hook:
  // the harness times a key to its paint, and would otherwise take an answer
  // that comes after its 50 ms of quiet (a fetch over a 40 ms link) for a key
  // that changed nothing, and time it to the next frame.
  let latest = 0;
  input.addEventListener("input", async () => {
    const mine = ++latest;
    const q = input.value.trim();
    count.dataset.searching = "true";
    try {
      const found = q ? await search(q, {}, true) : { count: 0, items: [] };
      if (mine === latest) paint(found);
    } finally {
      if (mine === latest) delete count.dataset.searching;
    }
  });
  document.getElementById("app").dataset.ready = "true";
};
