/**
 * A word -> part-of-speech table: the coarse tag each word carries most often in the
 * CoreNLP (silver) tags that ship with PolNeAR. No tagger runs at analysis time; the table
 * lets the technique model tell a labelling noun phrase (Name_Calling) from an emotive
 * adjective or verb (Loaded_Language) for words it never saw in PTC.
 */
export type PosLexicon = ReadonlyMap<string, string>;

/** Stored form: coarse tag -> its words, space-separated and sorted. */
export type PosLexiconJSON = Record<string, string>;

/** Penn Treebank tag -> coarse tag; null for tags the features ignore (punctuation, symbols, ...). */
export function coarseTag(tag: string): string | null {
  if (tag.startsWith("NNP")) return "P";
  if (tag.startsWith("NN")) return "N";
  if (tag === "VBN" || tag === "VBD") return "Vd";
  if (tag === "VBG") return "Vg";
  if (tag.startsWith("VB")) return "V";
  if (tag === "JJS") return "Js";
  if (tag.startsWith("JJ")) return "J";
  if (tag.startsWith("RB")) return "R";
  if (tag === "PRP" || tag === "PRP$") return "Pr";
  if (tag === "DT") return "D";
  if (tag === "IN") return "I";
  if (tag === "MD") return "M";
  return null;
}

/**
 * Builds the table from CoreNLP TSV files (`start<TAB>end<TAB>word<TAB>lemma<TAB>POS<TAB>NER`
 * a line): lower-cased words seen at least `minCount` times, each with its majority tag
 * (ties: the tag seen first).
 */
export function buildPosLexicon(tsvFiles: Iterable<string>, minCount = 3): PosLexicon {
  const counts = new Map<string, Map<string, number>>();
  for (const content of tsvFiles) {
    for (const line of content.split("\n")) {
      const cols = line.split("\t");
      if (cols.length < 6) continue;
      const tag = coarseTag(cols[4]);
      if (tag === null) continue;
      const word = cols[2].toLowerCase();
      if (/\s/.test(word)) continue;
      let byTag = counts.get(word);
      if (!byTag) counts.set(word, (byTag = new Map()));
      byTag.set(tag, (byTag.get(tag) ?? 0) + 1);
    }
  }
  const out = new Map<string, string>();
  for (const [word, byTag] of counts) {
    let best = "";
    let most = 0;
    let total = 0;
    for (const [tag, n] of byTag) {
      total += n;
      if (n > most) [best, most] = [tag, n];
    }
    if (total >= minCount) out.set(word, best);
  }
  return out;
}

export function posLexiconToJSON(lexicon: PosLexicon): PosLexiconJSON {
  const byTag = new Map<string, string[]>();
  for (const [word, tag] of lexicon) {
    const list = byTag.get(tag) ?? [];
    list.push(word);
    byTag.set(tag, list);
  }
  const out: PosLexiconJSON = {};
  for (const tag of [...byTag.keys()].sort()) out[tag] = byTag.get(tag)!.sort().join(" ");
  return out;
}

export function posLexiconFromJSON(json: PosLexiconJSON): PosLexicon {
  const out = new Map<string, string>();
  for (const [tag, words] of Object.entries(json)) for (const w of words.split(" ")) if (w) out.set(w, tag);
  return out;
}
