/**
 * Whether an outlet name at tokens a..b stands where a source of information stands: a
 * dateline "(Reuters)", a credit "REUTERS/Name" or "Photo: Reuters", "according to X",
 * "X (first) reported", "told X", "said on X", "an essay for X", "a new X poll", "X's fact-check",
 * "the Post's Greg Miller reported", "with X showing", "X: headline". A name alone is not
 * a citation ("Trump attacked CNN"), nor one after "of/about/against" ("Critics of CNN said").
 */
import type { Doc } from "../../document/document.js";
import { TokenKind } from "../../document/tokenize.js";
import { wordSet } from "../word-set.js";
import { NAMES } from "./outlet-names.js";

const AFTER_VERBS = wordSet(
  "reported reports reporting said says saying wrote writes writing quoted quoting cited noted notes noting learned published confirmed revealed obtained broadcast aired tweeted found finds described detailed disclosed documented posted estimated observed first shows showed showing ruled rules rated checked pointed suggested concluded calculated projected predicted explained stated claimed alleged highlighted uncovered exposed acknowledged verified analyzed analysed counted tallied tracked surveyed interviewed asserted characterized giving putting adds told tells reveals reveal argues argued warns warned insists denied denies countered contends admits admitted concludes spoke talked",
);
// Between the name and its verb: "Politifact then ruled", "the Post has learned".
const ADVERBS = wordSet(
  "has had have first also later earlier previously then recently originally initially exclusively separately subsequently further since now just already",
);
const NOT_SUBJECT = wordSet("of about against at with for toward towards");
// "A 2013 Washington Post report", "a new CNN poll", "Politifact's fact-check".
const PRODUCTS = wordSet(
  "report reports reporting statement excerpt excerpts story stories investigation article analysis poll polls polling survey editorial interview piece exclusive average averages tally fact-check fact-checker data count estimate estimates projection projections forecast model transcript footage documentary headline op-ed column segment findings review essay feature",
);
const PRODUCT_MODIFIERS = wordSet(
  "new national latest recent opinion rolling monthly quarterly tracking daily weekly exit online own exclusive special investigative state battleground post-debate annual nationwide statewide previous initial original first earlier",
);
const MAKING = wordSet("did does conducted ran run runs published released issued has had");
const DETERMINERS = wordSet("a an its the their");
// "an essay for Vanity Fair", "an op-ed in the Post": the outlet that published the source.
const WRITING = wordSet(
  "essay article piece column op-ed editorial interview commentary letter story report",
);
const WRITING_VERBS = wordSet("wrote writes written writing penned published reported reporting reports");
// A job at the outlet ("a reporter for USA Today reported"), not a biography ("X is a columnist for Y").
const JOBS = wordSet("reporter correspondent columnist writer editor contributor");
const BIOGRAPHY = wordSet("is was");
const IN_VERBS = wordSet("reported published appeared quoted cited printed ran");
const TO_SPEECH = wordSet(
  "speaking spoke talking talked statement comments remarks released provided confirmed disclosed revealed explained admitted described said",
);
const HANDED = wordSet(
  "revealed reveals sent sends provided provides gave gives handed leaked leaks disclosed confirmed explained described showed shown forwarded released",
);
const WITH_SPEECH = wordSet("interview interviews spoke speaking talked talking");
const BEFORE = wordSet("told tell tells telling via per citing quoting cited consulted checked");
// "from" names a source after these ("a report from", "reprinted with permission from"), not
// after "a donation from".
const FROM_AFTER = wordSet(
  "comes came statement statements according report reports reporting story article data figures footage video videos image images photo photos quote quotes excerpt permission reprinted republished adapted via interview piece analysis transcript",
);
const BY_PARTICIPLES = wordSet(
  "reached contacted reported obtained published cited quoted seen released broadcast aired reviewed first report story investigation written interviewed conducted commissioned compiled analysis poll survey counted tallied tracked estimated calculated revealed uncovered broken",
);
const SPEECH = wordSet(
  "said says saying told appeared appearing appearance spoke speaking interview asked argued added claimed insisted criticized criticised blasted slammed praised",
);
const CREDIT = wordSet("photo photos image images picture credit source sources video courtesy צילום");
const MONTHS = wordSet(
  "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec",
);
const RELATIVES = wordSet("which who that");
const INVERTED = wordSet("reported reports wrote writes noted notes added adds said says");
// "as highlighted by", "interviewed on the subject Thursday by"; not "a debate hosted by".
const REPORTING_PARTICIPLES = wordSet(
  "highlighted outlined mentioned interviewed reported published released revealed obtained quoted cited noted detailed described documented exposed uncovered covered broken announced posted provided produced transcribed reviewed combed analyzed analysed compiled conducted commissioned tallied counted tracked estimated calculated approached contacted asked questioned confirmed disclosed aired broadcast shown flagged spotted pointed written authored penned distributed syndicated",
);
const QUOTE_MARKS = wordSet(`" “ ” ' ‘ ’`);
const EPISODES = wordSet("episode edition issue broadcast segment installment instalment");
const MEDIA_NOUNS = wordSet(
  "newspaper magazine tabloid broadcaster website outlet daily weekly newswire affiliate agency",
);
const PHRASE_STOPS = wordSet(
  "the a an to of by via per from told tell tells said says with for in on at according",
);
const APOSTROPHES = wordSet("' ’");

/**
 * Returns the reason a..b is cited, or null. `listed` names may also be cited through their
 * products ("a CNN poll") and alone on a line; unlisted names need a stronger context.
 */
export function outletContext(doc: Doc, a: number, b: number, listed: boolean): string | null {
  const { text, lower, tokens, sentenceOf, sentences } = doc;
  const { start, end } = tokens;
  const isCap = (i: number) => {
    const code = text.charCodeAt(start[i]);
    if (code < 128) return code >= 65 && code <= 90;
    const c = text[start[i]];
    return c !== undefined && c !== c.toLowerCase();
  };
  const sentenceHas = (set: Set<string>, from: number, to: number) => {
    for (let k = Math.max(from, sentences.firstToken[sentenceOf[a]]); k < to; k++)
      if (set.has(lower[k])) return true;
    return false;
  };
  const before = text[start[a] - 1];
  const after = text[end[b]];
  if (before === "(" && after === ")") return "dateline";
  if ((before === "/" || after === "/") && !slashNamesAnEvent(doc, b)) return "credit";
  // "© Reuters", "©2018 The Atlanta Journal-Constitution"
  const c = lower[a - 1] === "the" ? a - 2 : a - 1;
  if (lower[c] === "©" || (lower[c - 1] === "©" && /^\d{4}$/.test(lower[c]))) return "credit";
  // "— The Associated Press (@AP) August 8, 2018": the author of an embedded tweet.
  if (lower[b + 1] === "(" && lower[b + 2]?.startsWith("@")) return "the author of a tweet";
  let n = b + 1;
  const possessive =
    lower[n] === "'s" || lower[n] === "’s" || (APOSTROPHES.has(lower[n]) && lower[b].endsWith("s"));
  const n1 = lower[n];
  if (n1 === "photo" || n1 === "photos" || n1 === "staff" || n1 === "images") return "credit";
  let p = a - 1;
  // "told the Russian newspaper Kommersant": the context stands before the noun phrase.
  if (MEDIA_NOUNS.has(lower[p]) && !isCap(p))
    for (p--; p > a - 5 && tokens.kind[p] === TokenKind.Word && !PHRASE_STOPS.has(lower[p]); p--);
  if (lower[p] === "the") p--;
  const w = lower[p];
  // "Critics of CNN said": the name is not the subject of the verb after it, except in
  // "with RealClearPolitics showing her ahead".
  const object = NOT_SUBJECT.has(w ?? "") && !(w === "with" && n1?.endsWith("ing") && AFTER_VERBS.has(n1));
  if (!possessive) {
    if (MEDIA_NOUNS.has(lower[n])) n++;
    // "the AP, which first reported the story"
    if (lower[n] === "," && RELATIVES.has(lower[n + 1])) n += 2;
    for (let k = 0; k < 2 && ADVERBS.has(lower[n]); k++) n++;
    if (!object && AFTER_VERBS.has(lower[n])) return `'${lower[n]}' after the name`;
    n = b + 1;
  }
  if (n1 === "news" && (lower[b + 2] === "agency" || lower[b + 2] === "service"))
    return "named as a news agency";
  if (possessive) {
    n = b + 2;
    if (/^["“«]$/.test(lower[n] ?? "")) return "its programme, named in quotes";
  } else if (!object) {
    // "Politifact did a fact-check", "The New York Times has now run its own explainer piece"
    let k = n;
    while (k < n + 2 && ADVERBS.has(lower[k]) && !DETERMINERS.has(lower[k + 1])) k++;
    if (MAKING.has(lower[k])) n = DETERMINERS.has(lower[k + 1]) ? k + 2 : k + 1;
  }
  const making = n > b + 1 && !possessive;
  if (listed || a < b || possessive) {
    // "a new Washington Post national poll", "CNN's latest poll", "its own explainer piece"
    for (let k = n; k < n + 3 && !object; k++) {
      const product = lower[k] === "fact" && /^check/.test(lower[k + 1] ?? "") ? "fact-check" : lower[k];
      if (PRODUCTS.has(product)) return `the outlet's ${product}`;
      if (!PRODUCT_MODIFIERS.has(product) && !(making && doc.tokens.kind[k] === TokenKind.Word)) break;
    }
  }
  if (possessive) {
    // "the Washington Post's Greg Miller reported": a journalist of the outlet as the source.
    let k = b + 2;
    while (k < b + 5 && isCap(k)) k++;
    let v = k;
    if (ADVERBS.has(lower[v])) v++;
    if (k > b + 2 && (AFTER_VERBS.has(lower[v]) || PRODUCTS.has(lower[k])))
      return `its reporter or product: '${lower[v]}'`;
  }
  // "–Natural News" closing a quotation: a credit line.
  if ((before === "–" || before === "—") && (after === undefined || after === "\n" || after === "\r"))
    return "credit after a dash";
  if (n1 === "," && MONTHS.has(lower[b + 2])) return "source line with a date";
  // "Politifact: Donald Trump Is Right" as the title, "Naples Daily News:" before a quoted excerpt.
  if (
    n1 === ":" &&
    lineStartsAt(text, start[a]) &&
    ((listed && start[a] === 0) || /^\s*\n/.test(text.slice(end[b + 1], end[b + 1] + 3)))
  )
    return "a line that opens with its source";
  if (lower[a - 1] === ":" && CREDIT.has(lower[a - 2])) return `'${lower[a - 2]}:' credit`;
  if (lower[a - 1] === "t" && lower[a - 2] === "/" && lower[a - 3] === "h") return "hat tip 'h/t'";
  if (w === "to" && lower[p - 1] === "according") return "'according to'";
  // "according to a Reuters witness": the outlet's witness, analysis or report.
  if ((w === "a" || w === "an") && lower[p - 1] === "to" && lower[p - 2] === "according")
    return "'according to a' the outlet's ...";
  // "The Associated Press contributed to this report": a credit line.
  if (n1 === "contributed" && lower[b + 2] === "to" && /^(?:this|the)$/.test(lower[b + 3] ?? ""))
    return "credit 'contributed to this report'";
  // "Texan vows legal fight | Bangkok Post: news": the site name after a bar in the title line.
  if (lower[a - 1] === "|" || (lower[a - 1] === "the" && lower[a - 2] === "|")) {
    const lineEnd = text.indexOf("\n");
    if (lineEnd < 0 || start[a] < lineEnd) return "site name in the title";
  }
  if (w === "of" && lower[p - 1] === "courtesy") return "credit 'courtesy of'";
  if (BEFORE.has(w)) return `'${w}' before the name`;
  if (w === "from" && (FROM_AFTER.has(lower[p - 1]) || lineStartsAt(text, start[p]) || n1 === ":"))
    return `'${lower[p - 1] ?? ""} from'`;
  if (w === "to" && TO_SPEECH.has(lower[p - 1])) return `'${lower[p - 1]} to'`;
  // "revealed new details to 60 Minutes", "sent screen shots of their conversations to the Post":
  // what was handed over goes between the verb and the outlet; listed names only.
  if (w === "to" && listed) {
    for (let k = p - 2; k >= Math.max(p - 7, sentences.firstToken[sentenceOf[a]]); k--) {
      if (tokens.kind[k] === TokenKind.Punct) break;
      if (HANDED.has(lower[k])) return `'${lower[k]} ... to'`;
    }
  }
  if (w === "with" && (WITH_SPEECH.has(lower[p - 1]) || (lower[p - 1] === "down" && lower[p - 2] === "sat")))
    return `'${lower[p - 1]} with'`;
  if (w === "for" || w === "in") {
    const prev = lower[p - 1];
    if (WRITING.has(prev)) return `'${prev} ${w}'`;
    if (JOBS.has(prev) && !sentenceHas(BIOGRAPHY, 0, p)) return `'${prev} ${w}'`;
    if (w === "in" && IN_VERBS.has(prev)) return `'${prev} in'`;
    // "a personal essay she wrote in February for Vanity Fair"; not a byline "Written for X by".
    const byline = prev === "written" && lineStartsAt(text, start[p - 1]);
    if (!byline && sentenceHas(WRITING_VERBS, p - 6, p)) return `'${w}' after a verb of writing`;
  }
  if (w === "by" && BY_PARTICIPLES.has(lower[p - 1])) return `'${lower[p - 1]} by'`;
  if (w === "by" && reportingParticiple(doc, p)) return `'${reportingParticiple(doc, p)} ... by'`;
  if (w === "of" && EPISODES.has(lower[p - 1])) return `'${lower[p - 1]} of' it`;
  if (w === "as" && (AFTER_VERBS.has(n1) || n1 === "put" || n1 === "called")) return `'as X ${n1}'`;
  // "“... the same advantage,” reported Reuters."
  if (INVERTED.has(w) && /^[,”"]$/.test(lower[p - 1] ?? "")) return `'${w} X' after a quotation`;
  // "he told Wolf Blitzer of CNN", "published by Tyler Durden at Zero Hedge": a journalist of the outlet.
  if (
    (w === "of" || w === "at") &&
    isCap(p - 1) &&
    (sentenceHas(SPEECH, 0, a) || sentenceHas(WRITING_VERBS, 0, a))
  )
    return `a journalist '${w}' it`;
  if (w === "on" && sentenceHas(SPEECH, 0, a)) return "'on' it in a sentence about speech";
  if (!listed) return null;
  // "— Johnny Edwards\nThe Atlanta Journal-Constitution\n": the name alone on its line.
  const from = lower[a - 1] === "the" ? a - 1 : a;
  if (lineStartsAt(text, start[from]) && /^[^\S\n]*(?:\r?\n|$)/.test(text.slice(end[b], end[b] + 3)))
    return "a line that is only the outlet's name";
  // A line made only of outlet names: a photo credit or byline.
  const s = sentenceOf[a];
  for (let k = sentences.firstToken[s]; k < sentences.lastToken[s]; k++)
    if (!(NAMES.has(lower[k]) || (k >= a && k <= b) || /^\p{P}$/u.test(lower[k]))) return null;
  return "a line that is only outlet names";
}

function lineStartsAt(text: string, offset: number): boolean {
  let k = offset - 1;
  while (k >= 0 && (text[k] === " " || text[k] === "\t")) k--;
  return k < 0 || text[k] === "\n" || text[k] === "\r";
}

// "an NBC/Telemundo debate" names an event; "REUTERS/Chris Wattie", "Sam Greene/Cincinnati
// Enquirer via USA TODAY" and "the Reuters/Ipsos poll" are credits.
const EVENTS = wordSet(
  "debate debates forum forums town event events special summit partnership venture deal merger",
);
function slashNamesAnEvent(doc: Doc, b: number): boolean {
  const { lower, tokens, text } = doc;
  const { start, kind, count } = tokens;
  const capital = (k: number) => kind[k] === TokenKind.Word && text[start[k]] !== lower[k][0];
  let k = b + 1;
  if (lower[k] === "/") for (k++; k < b + 5 && k < count && capital(k); k++);
  return EVENTS.has(lower[k]);
}

/** The past participle shortly before "by" at token `by` ("as highlighted by"), or null. */
export function reportingParticiple(doc: Doc, by: number): string | null {
  const { lower, tokens, sentenceOf, sentences } = doc;
  const first = sentences.firstToken[sentenceOf[by]];
  for (let k = by - 1; k >= Math.max(by - 6, first); k--) {
    // 'reported in a "hit piece" by': quotation marks do not end the phrase.
    if (tokens.kind[k] === TokenKind.Punct && !QUOTE_MARKS.has(lower[k])) return null;
    if (REPORTING_PARTICIPLES.has(lower[k])) return lower[k];
  }
  return null;
}
