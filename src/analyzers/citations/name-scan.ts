/**
 * Capitalised names around a token, shared by the document and report finders: a
 * document's name is the run of capitalised words (through "of", "the", "and" ...) next to
 * its head word.
 */
import { capitalised, type Doc } from "../../document/document.js";
import { TokenKind } from "../../document/tokenize.js";
import { wordSet } from "../word-set.js";

export const CONNECTORS = new Set(["of", "on", "for", "and", "the", "against", "&"]);
// Capitalised only because they open a sentence, or dates: never part of a document's name.
export const NOT_NAME = wordSet(
  "until the a an in on at when if after before since as but and or for with by from under while during this that these those such did do does was were is are has have had why how what who where so yet not no every each all any some both neither either monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december",
);
export const POSSESSIVE = new Set(["'s", "’s"]);
// Pronouns that make a document anonymous again: "his report", "their amendment".
export const PRONOUNS = new Set(["his", "her", "their", "our", "my", "your", "its"]);

// "German", "British", "Israeli" (lower-cased): a nationality before a name or a trade.
export const DEMONYM = /^[a-z]+(?:an|ese|ish|ic|i)$/;

/**
 * An acronym in capitals, or of four letters or more with only its first one capitalised, as
 * some papers write them ("Nafta", "Jcpoa"); a short word so cased ("Tpp") is seldom one.
 */
export const acronymCased = (word: string) => /^[A-Z]+$/.test(word) || /^[A-Z][a-z]{3,}$/.test(word);

export interface NameScan {
  isCap(i: number): boolean;
  /** First token of the capitalised name ending just before token i (exclusive), or i. */
  nameLeft(i: number, max: number): number;
  /** Last token of the capitalised name starting just after token i (exclusive), or i. */
  nameRight(i: number, max: number): number;
  /** Whether token i sits in a sentence of five or more words, three quarters capitalised (a headline). */
  titleCase(i: number): boolean;
  sentenceText(i: number): string;
}

export function nameScan(doc: Doc): NameScan {
  const { text, lower, tokens } = doc;
  const { start, end, kind, count } = tokens;
  const isCap = (i: number) => capitalised(doc, i);
  const nameLeft = (i: number, max: number): number => {
    let a = i;
    let k = i - 1;
    while (k >= 0 && i - k <= max) {
      if (isCap(k) && !NOT_NAME.has(lower[k])) a = k;
      else if (!(CONNECTORS.has(lower[k]) && k > 0 && isCap(k - 1))) break;
      k--;
    }
    return a;
  };
  const nameRight = (i: number, max: number): number => {
    let b = i;
    for (let k = i + 1; k < count && k - i <= max; k++) {
      if (
        NOT_NAME.has(lower[k]) &&
        lower[k] !== "the" &&
        lower[k] !== "and" &&
        lower[k] !== "on" &&
        lower[k] !== "for"
      )
        break;
      if (isCap(k)) b = k;
      else if (!CONNECTORS.has(lower[k])) break;
    }
    return b;
  };
  const titleCase = (i: number): boolean => {
    const s = doc.sentenceOf[i];
    let words = 0;
    let caps = 0;
    for (let k = doc.sentences.firstToken[s]; k < doc.sentences.lastToken[s]; k++) {
      if (kind[k] !== TokenKind.Word || NOT_NAME.has(lower[k])) continue;
      words++;
      if (isCap(k)) caps++;
    }
    return words >= 5 && caps * 4 >= words * 3;
  };
  const sentenceText = (i: number): string => {
    const s = doc.sentenceOf[i];
    return text.slice(start[doc.sentences.firstToken[s]], end[doc.sentences.lastToken[s] - 1]);
  };
  return { isCap, nameLeft, nameRight, titleCase, sentenceText };
}
