/**
 * An outlet's social-media handle as the credit of a shared post: "via @BreitbartNews". The
 * handle is a listed name written without spaces; only after "via", since a handle elsewhere
 * is mostly someone addressed or tagged, not the source.
 */
import type { Doc } from "../../document/document.js";
import type { Found } from "./found.js";
import { NAMES } from "./outlet-names.js";

let byHandle: Map<string, string> | null = null;
// Built on first use: one pass over the names, not paid by texts without a handle.
function handles(): Map<string, string> {
  if (byHandle === null) {
    byHandle = new Map();
    for (const list of NAMES.values())
      for (const n of list) if (!n.programme && !n.source) byHandle.set(n.words.join(""), n.canonical);
  }
  return byHandle;
}

export function findHandles(doc: Doc): Found[] {
  const { lower, tokens } = doc;
  const out: Found[] = [];
  for (let i = 1; i + 1 < tokens.count; i++) {
    if (lower[i] !== "@" || lower[i - 1] !== "via" || tokens.start[i + 1] !== tokens.end[i]) continue;
    const ref = handles().get(lower[i + 1]);
    if (ref)
      out.push({
        label: "agency",
        ref,
        start: tokens.start[i],
        end: tokens.end[i + 1],
        why: "'via @handle' credit",
      });
  }
  return out;
}
