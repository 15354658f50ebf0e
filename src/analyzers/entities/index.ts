/**
 * Named entities (PERSON, ORGANIZATION, LOCATION, MISC) from a perceptron tagger trained on
 * PolNeAR's CoreNLP tags, with gazetteer hints, titles turned into `roles`, and aliases
 * merged into one entity per referent.
 */
import { readFileSync } from "node:fs";
import type { Doc } from "../../document/document.js";
import { firstTokenFrom } from "../../document/document.js";
import { textSpan } from "../../document/span.js";
import type { Annotation, Entity } from "../../document/types.js";
import type { TaggerJSON } from "../../learn/sequence-tagger.js";
import type { AnalyzerSpec } from "../types.js";
import { clusterMentions, type Mention } from "./aliases.js";
import { CompiledTagger, HashSink } from "./fast-tagger.js";
import { sentenceFeatures, tokenFacts } from "./features.js";
import { COUNTRIES, PLACE_ALIASES } from "./lexicon.js";
import { repairSpans, type TaggedSpan } from "./repair.js";
import { type RoleSpan, roleAfter, roleBefore, roleBeforeComma } from "./roles.js";

export interface EntitiesOptions {
  /** A model in TaggerJSON form; defaults to the shipped models/entities/ner.json. */
  model?: TaggerJSON;
}

const MODEL_URL = new URL("../../../models/entities/ner.json", import.meta.url);

/** Capitalised single-token place names the tagger may miss outside news from the US. */
const PLACE_TOKENS = new Set<string>();
for (const group of PLACE_ALIASES) for (const form of group) if (!form.includes(" ")) PLACE_TOKENS.add(form);

type Found = TaggedSpan;

export function loadEntityModel(): TaggerJSON {
  return JSON.parse(readFileSync(MODEL_URL, "utf8")) as TaggerJSON;
}

export function createEntities(options: EntitiesOptions = {}) {
  if (options.model !== undefined && (options.model as { kind?: unknown })?.kind !== "sequence-tagger") {
    throw new TypeError(
      `entities: option 'model' is not a tagger model: ${JSON.stringify(options.model).slice(0, 60)}`,
    );
  }
  const tagger = new CompiledTagger(options.model ?? loadEntityModel());
  const sink = new HashSink();
  // Per label id: the entity type ("" for O) and whether it continues an open span.
  const types = tagger.labels.map((l) => (l === "O" ? "" : l.slice(2)));
  const inside = tagger.labels.map((l) => l.startsWith("I-"));
  let path = new Uint8Array(256);

  const tag = (doc: Doc): Found[] => {
    const facts = tokenFacts(doc);
    const found: Found[] = [];
    const { sentences } = doc;
    for (let s = 0; s < sentences.count; s++) {
      const a = sentences.firstToken[s];
      const b = sentences.lastToken[s];
      if (b - a > path.length) path = new Uint8Array((b - a) * 2);
      sink.reset();
      sentenceFeatures(facts, a, b, sink);
      tagger.decode(sink, path);
      let open: Found | null = null;
      for (let i = a; i < b; i++) {
        const y = path[i - a];
        if (open && inside[y] && types[y] === open.label) {
          open.last = i + 1;
          continue;
        }
        if (open) found.push(open);
        open = types[y] === "" ? null : { first: i, last: i + 1, label: types[y], why: "tagger" };
      }
      if (open) found.push(open);
    }
    return found;
  };

  return (doc: Doc) => {
    const found = repairSpans(doc, tag(doc));
    const n = doc.tokens.count;
    const inEntity = new Uint8Array(n);
    for (const f of found) inEntity.fill(f.label === "PERSON" ? 2 : 1, f.first, f.last);
    // Country names the tagger left out (short texts, unusual context).
    for (let i = 0; i < n; i++) {
      // Both lists hold capitalised names: skip words starting with an ASCII non-capital.
      const c = doc.text.charCodeAt(doc.tokens.start[i]);
      if (inEntity[i] || (c < 128 && (c < 65 || c > 90))) continue;
      const word = doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]);
      if (PLACE_TOKENS.has(word) || (COUNTRIES.has(doc.lower[i]) && /^\p{Lu}\p{Ll}/u.test(word))) {
        found.push({ first: i, last: i + 1, label: "LOCATION", why: "gazetteer" });
        inEntity[i] = 1;
      }
    }
    found.sort((x, y) => x.first - y.first);

    const mentions: Mention[] = [];
    const rolesOf: RoleSpan[][] = [];
    const attached = new Uint8Array(n);
    for (const f of found) {
      const start = doc.tokens.start[f.first];
      const end = doc.tokens.end[f.last - 1];
      const words: string[] = [];
      for (let i = f.first; i < f.last; i++) {
        if (doc.tokens.kind[i] === 1) words.push(doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]));
      }
      const roles: RoleSpan[] = [];
      if (f.label === "PERSON") {
        const s = doc.sentenceOf[f.first];
        const start = doc.sentences.firstToken[s];
        const before =
          roleBefore(doc, f.first, start, inEntity) ?? roleBeforeComma(doc, f.first, f.last, start);
        const after = roleAfter(doc, f.last, doc.sentences.lastToken[s]);
        for (const r of [before, after]) {
          if (!r) continue;
          roles.push(r);
          attached.fill(1, r.first, r.last);
        }
      }
      mentions.push({ start, end, text: doc.text.slice(start, end), label: f.label, words });
      rolesOf.push(roles);
    }

    // Role phrases standing alone ("the US Secretary of State said") refer to the one
    // person the document gave that role to.
    const roleOwner = new Map<string, number>(); // role text (lower) -> mention index, -1 if shared
    mentions.forEach((_, m) => {
      for (const r of rolesOf[m]) {
        const key = doc.text.slice(r.start, r.end).toLowerCase();
        const prev = roleOwner.get(key);
        roleOwner.set(key, prev === undefined || prev === m ? m : -1);
      }
    });
    const roleMentions: Array<{ mention: Mention; owner: number }> = [];
    if (roleOwner.size) {
      const lowerText = doc.text.toLowerCase();
      for (const [key, owner] of roleOwner) {
        if (owner < 0 || key.split(" ").length < 2) continue;
        for (let at = lowerText.indexOf(key); at >= 0; at = lowerText.indexOf(key, at + 1)) {
          const i = firstTokenFrom(doc, at);
          const j = firstTokenFrom(doc, at + key.length);
          if (
            i >= n ||
            doc.tokens.start[i] !== at ||
            attached[i] ||
            inEntity[i] === 2 ||
            i === 0 ||
            doc.lower[i - 1] !== "the"
          )
            continue;
          if (j < n && doc.tokens.start[j] === at + key.length && inEntity[j] === 2) continue;
          if (j > 0 && doc.tokens.end[j - 1] !== at + key.length) continue;
          const mention: Mention = {
            ...textSpan(doc, at, at + key.length),
            label: "PERSON",
            words: [],
            role: true,
          };
          roleMentions.push({ mention, owner });
        }
      }
    }

    const clusters = clusterMentions(mentions);
    const clusterOf = new Int32Array(mentions.length);
    clusters.forEach((c, k) => {
      for (const m of c.mentions) clusterOf[m] = k;
    });
    const all = mentions.map((mention, m) => ({ mention, cluster: clusterOf[m], why: found[m].why }));
    for (const { mention, owner } of roleMentions) {
      all.push({ mention, cluster: clusterOf[owner], why: "role" });
    }
    all.sort((x, y) => x.mention.start - y.mention.start);

    // Ids in order of first mention.
    const idOf = new Map<number, string>();
    for (const { cluster } of all) if (!idOf.has(cluster)) idOf.set(cluster, `e${idOf.size + 1}`);

    const entities: Entity[] = [];
    const byCluster = new Map<number, Entity>();
    for (const [cluster, id] of idOf) {
      const c = clusters[cluster];
      const members = c.mentions.map((m) => mentions[m]);
      const counts = new Map<string, number>();
      for (const m of members) counts.set(m.label, (counts.get(m.label) ?? 0) + 1);
      const label = [...counts].sort((a, b) => b[1] - a[1])[0][0];
      const fullest = members.reduce((best, m) =>
        m.words.length > best.words.length ||
        (m.words.length === best.words.length && m.text.length > best.text.length)
          ? m
          : best,
      );
      const roles: string[] = [];
      for (const m of c.mentions) {
        for (const r of rolesOf[m]) {
          const role = doc.text.slice(r.start, r.end);
          if (!roles.some((x) => x.toLowerCase() === role.toLowerCase())) roles.push(role);
        }
      }
      const entity: Entity = { id, label, name: c.canonical ?? fullest.text, roles, mentions: [] };
      entities.push(entity);
      byCluster.set(cluster, entity);
    }

    const annotations: Annotation[] = [];
    for (const { mention, cluster, why } of all) {
      const entity = byCluster.get(cluster)!;
      entity.mentions.push({ start: mention.start, end: mention.end, text: mention.text });
      const reasons = [
        why === "tagger"
          ? `tagged ${mention.label} by the entity tagger`
          : why === "gazetteer"
            ? "known place name"
            : `role given to ${entity.name} earlier in the text`,
      ];
      if (entity.mentions.length > 1) reasons.push(`same entity as '${entity.name}'`);
      annotations.push({
        type: "entity",
        label: mention.role ? "PERSON" : mention.label,
        start: mention.start,
        end: mention.end,
        text: mention.text,
        entity: entity.id,
        why: reasons,
      });
    }
    return { annotations, entities };
  };
}

export const entitiesAnalyzer: AnalyzerSpec<EntitiesOptions> = {
  name: "entities",
  description: "People, organisations, places and other names, with roles and merged aliases.",
  create: (options) => createEntities(options),
};
