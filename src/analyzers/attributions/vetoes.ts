/**
 * Relations the tagger proposes that are not attributions at all, seen in opinion text:
 * an imperative ("Remember what they did to us") has no one whose words are reported, and
 * "raise" reports speech only when what is raised is said ("raised concerns"), not when it
 * is an action ("They raised prices").
 */
import type { Doc } from "../../document/document.js";
import { TokenKind } from "../../document/tokenize.js";
import { wordSet } from "../word-set.js";
import type { Relation } from "./assemble.js";

const IMPERATIVE_LEADS = new Set(["and", "so", "then", "please", "now"]);
const RAISED_SPEECH = wordSet(
  "concern concerns question questions doubt doubts issue issues objection objections possibility prospect alarm alarms fear fears point points idea ideas eyebrows hackles suspicion suspicions specter spectre objection queries query example matter subject topic complaint complaints criticism",
);

/** True when the relation should be dropped. */
export function isVetoed(doc: Doc, rel: Relation): boolean {
  const cue = rel.cue;
  if (!cue) return false;
  const word = doc.lower[cue.first];
  if (!rel.source && isImperative(doc, cue.first)) return true;
  if (onlyFunctionWords(doc, cue.first, cue.last)) return true;
  if (word.startsWith("rais")) {
    const end = Math.min(cue.last + 4, doc.sentences.lastToken[doc.sentenceOf[cue.first]]);
    for (let i = cue.first + 1; i < end; i++) if (RAISED_SPEECH.has(doc.lower[i])) return false;
    return true;
  }
  return false;
}

const FUNCTION_WORDS = new Set(["about", "of", "on", "for", "with", "to", "is", "was", "are", "were"]);

/** "activists about the shift", "is about": a cue of prepositions and "be" alone reports nothing. */
function onlyFunctionWords(doc: Doc, first: number, last: number): boolean {
  for (let i = first; i < last; i++) if (!FUNCTION_WORDS.has(doc.lower[i])) return false;
  return true;
}

/**
 * A base-form verb opening its clause: at the sentence start or after "and/so/then/please"
 * there ("And remember ...", "..., and remember who did this").
 */
function isImperative(doc: Doc, i: number): boolean {
  const word = doc.lower[i];
  if (doc.tokens.kind[i] !== TokenKind.Word || /(?:s|ed|ing)$/.test(word) || word === "according")
    return false;
  const sFirst = doc.sentences.firstToken[doc.sentenceOf[i]];
  let k = i - 1;
  if (k >= sFirst && IMPERATIVE_LEADS.has(doc.lower[k])) k--;
  if (k >= sFirst && doc.lower[k] === ",") return k > sFirst && doc.lower[k + 1] === "and";
  return k < sFirst;
}
