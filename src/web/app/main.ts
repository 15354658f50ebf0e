/**
 * Entry point: two views behind hash routes (#/read, #/read/<id>, #/corpus), so a stored
 * document has a link of its own and back/forward work without a server-side router.
 */
import { createCorpusView } from "./corpus-view.js";
import { byId, h } from "./dom.js";
import { createReadView } from "./read-view.js";

const read = createReadView();
const corpus = createCorpusView();

const tabs = {
  read: h("a", { class: "tab", attrs: { href: "#/read", id: "tab-read" } }, "Read"),
  corpus: h("a", { class: "tab", attrs: { href: "#/corpus", id: "tab-corpus" } }, "Corpus"),
};

const root = byId("app");
root.replaceChildren(
  h(
    "header",
    { class: "top" },
    h("span", { class: "brand" }, "unspun"),
    h("nav", { attrs: { "aria-label": "Views" } }, tabs.read, tabs.corpus),
    h("span", { class: "tagline" }, "what a text does, with the evidence"),
  ),
  h("main", null, read.element, corpus.element),
);

function route(): void {
  const [path, query = ""] = location.hash.split("?", 2);
  const [, view = "read", id] = path.split("/");
  const isCorpus = view === "corpus";
  read.element.hidden = isCorpus;
  corpus.element.hidden = !isCorpus;
  tabs.read.setAttribute("aria-current", String(!isCorpus));
  tabs.corpus.setAttribute("aria-current", String(isCorpus));
  if (isCorpus) corpus.show(new URLSearchParams(query));
  else read.show(id ? decodeURIComponent(id) : undefined);
}

window.addEventListener("hashchange", route);
route();
