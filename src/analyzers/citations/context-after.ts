/**
 * Contexts after an outlet's name: the reporting verb it is the subject of, perhaps past a
 * clause, and its journalist or reporter named as the source.
 */
import { capitalised, type Doc } from "../../document/document.js";
import { TokenKind } from "../../document/tokenize.js";
import {
  ADVERBS,
  AFTER_VERBS,
  CLAUSE_OPENERS,
  DAYS,
  DETERMINERS,
  HOSTED_EVENTS,
  JOB_NOUNS,
  MEDIA_NOUNS,
  NAME_LIST,
  PRODUCTS,
  RELATIVES,
  REPORTER_VERBS,
  STAFF_ROLES,
} from "./context-words.js";

/**
 * A reporting verb after the name at b, past what may stand between: a media noun, adverbs,
 * a date ("The Times on Saturday wrote"), a relative clause or apposition ("The Guardian,
 * which did not identify its sources, said"), or a second outlet ("the AP and the Atlanta
 * Constitution-Journal reported").
 */
export function verbAfter(doc: Doc, b: number): string | null {
  const { lower, tokens, sentenceOf } = doc;
  const cap = (k: number) => capitalised(doc, k);
  const verbAt = (k: number) => {
    if (lower[k] === "on" && DAYS.has(lower[k + 1])) k += 2;
    else if (DAYS.has(lower[k])) k++;
    for (let m = 0; m < 2 && (ADVERBS.has(lower[k]) || /.ly$/.test(lower[k] ?? "")); m++) k++;
    // "WFAA asked the police for the laws", but not "CNN asked for comment": a requester.
    // "the Free Thought Project consistently reports on police officers ...": a habit, not a source.
    if (lower[k] === "reports" && lower[k + 1] === "on" && !DAYS.has(lower[k + 2])) return null;
    // "has asked to speak with the sheriff": a request of its own.
    if (lower[k] === "asked" && lower[k + 1] === "to") return null;
    if (lower[k] === "asked") {
      for (let m = k + 1; m < k + 9 && tokens.kind[m] !== TokenKind.Punct; m++)
        if (lower[m] === "comment" || lower[m] === "comments") return null;
      return "asked";
    }
    // "Fox News is told that Barr ...": the outlet as the one informed, in the passive.
    if ((lower[k] === "is" || lower[k] === "was" || lower[k] === "been") && lower[k + 1] === "told")
      return "told (passive)";
    // "The Washington Times has more:" before a quoted passage.
    if (lower[k] === "more" && lower[k - 1] === "has" && lower[k + 1] === ":") return "has more:";
    // "RT continues:" before a quoted passage; not "CNN continues to ...".
    if ((lower[k] === "continues" || lower[k] === "continued") && lower[k + 1] === ":") return lower[k];
    // "MSNBC aired the fifth Democratic presidential debate": the host of an event, not a source.
    if (lower[k] === "aired" || lower[k] === "broadcast" || lower[k] === "televised")
      for (let m = k + 1; m < k + 7 && tokens.kind[m] === TokenKind.Word; m++)
        if (HOSTED_EVENTS.has(lower[m])) return null;
    return AFTER_VERBS.has(lower[k]) ? lower[k] : null;
  };
  let n = b + 1;
  if (MEDIA_NOUNS.has(lower[n])) n++;
  // "The Associated Press (AP) reported", "Politifact (which is not known as Republican-leaning)
  // examined the charge": past a remark in brackets.
  if (lower[n] === "(") {
    let k = n + 1;
    while (k < n + 12 && sentenceOf[k] === sentenceOf[b] && lower[k] !== ")") k++;
    if (lower[k] === ")") n = k + 1;
  }
  // "the AP, which first reported the story"
  if (lower[n] === "," && RELATIVES.has(lower[n + 1])) {
    const verb = verbAt(n + 2);
    if (verb) return `'${verb}' after the name`;
  }
  let why = "after the name";
  if (lower[n] === "," && CLAUSE_OPENERS.has(lower[n + 1])) {
    // The clause closes at the next comma in the sentence.
    let k = n + 2;
    while (k < n + 18 && sentenceOf[k] === sentenceOf[b] && lower[k] !== ",") k++;
    if (lower[k] !== ",") return null;
    n = k + 1;
    why = "after a clause about the name";
  } else if (
    (lower[n] === "and" || lower[n] === "or") &&
    (cap(n + 1) || (lower[n + 1] === "the" && cap(n + 2)))
  ) {
    // "the Daily Caller and Geller Report exposed": a second name, with or without "the".
    let k = lower[n + 1] === "the" ? n + 2 : n + 1;
    while (k < n + 7 && cap(k + 1)) k++;
    n = k + 1;
    why = "after the name and another";
  }
  // "the CNN broadcast set": a noun, not the verb.
  if (lower[n] === "broadcast" && n === b + 1 && DETERMINERS.has(lower[b - 1])) return null;
  const verb = verbAt(n);
  return verb ? `'${verb}' ${why}` : null;
}

/**
 * "BBC Brussels correspondent Adam Fleming said", "Associated Press writers Ken Ritter and
 * Anita Snow contributed to this report": the outlet's journalist as the source.
 */
export function journalistAfter(doc: Doc, b: number, isCap: (i: number) => boolean): string | null {
  const { lower, sentenceOf } = doc;
  let j = b + 1;
  while (j < b + 3 && isCap(j)) j++;
  if (!JOB_NOUNS.has(lower[j]) || !isCap(j + 1)) return null;
  let v = j + 1;
  while (v < j + 16 && sentenceOf[v] === sentenceOf[b] && (isCap(v) || NAME_LIST.has(lower[v]))) v++;
  for (let k = 0; k < 2 && ADVERBS.has(lower[v]); k++) v++;
  return AFTER_VERBS.has(lower[v]) || REPORTER_VERBS.has(lower[v]) ? `its ${lower[j]} '${lower[v]}'` : null;
}

/**
 * "the Washington Post's Greg Miller reported", "Intellihub’s Shepard Ambellas, who has
 * extensively reported", "Breitbart News’ Joel Pollak contributed": its journalist as the source.
 */
export function reporterAfter(doc: Doc, b: number, isCap: (i: number) => boolean): string | null {
  const { lower } = doc;
  let k = b + 2;
  // "Intellihub’s founder and editor-in-chief Shepard Ambellas"
  while (k < b + 6 && (STAFF_ROLES.has(lower[k]) || lower[k] === "and")) k++;
  const names = k;
  while (k < names + 8 && (isCap(k) || (lower[k] === "and" && isCap(k + 1)))) k++;
  if (k === names || lower[k - 1] === "and") return null;
  if (PRODUCTS.has(lower[k])) return `its product: '${lower[k]}'`;
  let v = k;
  if (lower[v] === "," && RELATIVES.has(lower[v + 1])) v += 2;
  for (let m = 0; m < 3 && (ADVERBS.has(lower[v]) || /ly$/.test(lower[v] ?? "")); m++) v++;
  return AFTER_VERBS.has(lower[v]) || REPORTER_VERBS.has(lower[v]) ? `its reporter: '${lower[v]}'` : null;
}
