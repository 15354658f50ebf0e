/**
 * Official church documents, known by the Latin words they open with: papal encyclicals,
 * apostolic exhortations, bulls and motu proprio letters, council constitutions and
 * declarations, and instructions of the Roman Curia ("Amoris Laetitia", "Veritatis
 * Splendor", "Familiaris Consortio, n. 84", "chapter VIII of Amoris Laetitia"), plus the
 * Catechism and its paragraphs ("the Catechism", "CCC 2357"). Once a title has appeared,
 * its first word alone ("Amoris") and its initials ("AL") are mentions of it too.
 */
import { capitalised, type Doc } from "../../document/document.js";
import { TokenKind } from "../../document/tokenize.js";
import { CLOSE_QUOTES, OPEN_QUOTES } from "./context-words.js";
import type { Found } from "./found.js";
import { POSSESSIVE } from "./name-scan.js";
import { oneEdit } from "./one-edit.js";

// Written from general knowledge of the documents most cited in church news and commentary.
const TITLES = [
  // Encyclicals
  "Rerum Novarum",
  "Quadragesimo Anno",
  "Pascendi Dominici Gregis",
  "Aeterni Patris",
  "Providentissimus Deus",
  "Immortale Dei",
  "Satis Cognitum",
  "Apostolicae Curae",
  "Quanta Cura",
  "Quas Primas",
  "Mortalium Animos",
  "Casti Connubii",
  "Mit brennender Sorge",
  "Divini Redemptoris",
  "Mystici Corporis",
  "Divino Afflante Spiritu",
  "Mediator Dei",
  "Humani Generis",
  "Mater et Magistra",
  "Pacem in Terris",
  "Ecclesiam Suam",
  "Mysterium Fidei",
  "Populorum Progressio",
  "Sacerdotalis Caelibatus",
  "Humanae Vitae",
  "Redemptor Hominis",
  "Dives in Misericordia",
  "Laborem Exercens",
  "Slavorum Apostoli",
  "Dominum et Vivificantem",
  "Redemptoris Mater",
  "Sollicitudo Rei Socialis",
  "Redemptoris Missio",
  "Centesimus Annus",
  "Veritatis Splendor",
  "Evangelium Vitae",
  "Ut Unum Sint",
  "Fides et Ratio",
  "Ecclesia de Eucharistia",
  "Deus Caritas Est",
  "Spe Salvi",
  "Caritas in Veritate",
  "Lumen Fidei",
  "Laudato Si",
  "Fratelli Tutti",
  "Dilexit Nos",
  "Sapientiae Christianae",
  "Humanum Genus",
  "Libertas Praestantissimum",
  "Diuturnum Illud",
  "Arcanum Divinae",
  "Lamentabili Sane",
  "Divini Illius Magistri",
  "Veterum Sapientia",
  // The Syllabus of Errors (Pius IX, 1864), the list of condemned propositions.
  "Syllabus of Errors",
  // Apostolic exhortations
  "Marialis Cultus",
  "Evangelii Nuntiandi",
  "Catechesi Tradendae",
  "Familiaris Consortio",
  "Reconciliatio et Paenitentia",
  "Christifideles Laici",
  "Pastores Dabo Vobis",
  "Vita Consecrata",
  "Ecclesia in America",
  "Ecclesia in Europa",
  "Sacramentum Caritatis",
  "Verbum Domini",
  "Africae Munus",
  "Evangelii Gaudium",
  "Amoris Laetitia",
  "Gaudete et Exsultate",
  "Christus Vivit",
  "Querida Amazonia",
  "Laudate Deum",
  // Bulls, apostolic constitutions and letters, motu proprio
  "Unam Sanctam",
  "Quo Primum",
  "Ineffabilis Deus",
  "Pastor Aeternus",
  "Munificentissimus Deus",
  "Ordinatio Sacerdotalis",
  "Ex Corde Ecclesiae",
  "Summorum Pontificum",
  "Anglicanorum Coetibus",
  "Mitis Iudex Dominus Iesus",
  "Vos Estis Lux Mundi",
  "Traditionis Custodes",
  "Praedicate Evangelium",
  "Episcopalis Communio",
  "Veritatis Gaudium",
  "Magnum Principium",
  "Sponsa Christi Ecclesia",
  "Sponsa Christi",
  "Vultum Dei Quaerere",
  "Quam Singulari",
  "Ad Tuendam Fidem",
  "Universi Dominici Gregis",
  "Sacrae Disciplinae Leges",
  // Instructions of the Roman Curia
  "Cor Orans",
  "Universae Ecclesiae",
  "Redemptionis Sacramentum",
  "Liturgiam Authenticam",
  // Second Vatican Council
  "Sacrosanctum Concilium",
  "Lumen Gentium",
  "Dei Verbum",
  "Gaudium et Spes",
  "Dignitatis Humanae",
  "Nostra Aetate",
  "Unitatis Redintegratio",
  "Ad Gentes",
  "Presbyterorum Ordinis",
  "Optatam Totius",
  "Perfectae Caritatis",
  "Apostolicam Actuositatem",
  "Christus Dominus",
  "Orientalium Ecclesiarum",
  "Gravissimum Educationis",
  "Inter Mirifica",
  // Congregation for the Doctrine of the Faith
  "Donum Vitae",
  "Dignitas Personae",
  "Persona Humana",
  "Dominus Iesus",
  "Inter Insigniores",
  "Iura et Bona",
  "Samaritanus Bonus",
  "Fiducia Supplicans",
  "Dignitas Infinita",
  "Homosexualitatis Problema",
  "Donum Veritatis",
  // Creeds, read as official church texts (train-6's Nicene Creed).
  "Nicene Creed",
  "Apostles' Creed",
  "Apostles’ Creed",
  "Athanasian Creed",
  // The Church's list of banned books.
  "Index Librorum Prohibitorum",
  "Index of Forbidden Books",
  "Index of Prohibited Books",
  // The documents of every Synod of Bishops, known by their Latin genre: the consultation
  // "Lineamenta" and the working document "Instrumentum Laboris".
  "Lineamenta",
  "Instrumentum Laboris",
];

interface Title {
  words: string[];
  name: string;
  /** The capitals of the name, the initials it may go by: "AL" for Amoris Laetitia. */
  initials: string;
}
// Titles by their first word, lower-cased: one lookup per token.
const BY_FIRST = new Map<string, Title[]>();
for (const name of TITLES) {
  // "Apostles' Creed": the apostrophe is a token of its own.
  const words = name
    .toLowerCase()
    .replace(/(['’])/g, " $1")
    .split(" ");
  const list = BY_FIRST.get(words[0]) ?? [];
  list.push({ words, name, initials: name.replace(/[^A-Z]/g, "") });
  BY_FIRST.set(words[0], list);
}
const ROMAN = /^(?:i{1,3}|iv|v|vi{1,3}|ix|x{1,2}|xi{1,3})$/;
const PARAGRAPH = new Set(["n", "no", "nos", "par", "para"]);
const CHAPTER = new Set(["chapter", "ch"]);
// A paragraph or article number: "Catechism 2357", "Article 81".
const NUMBER = /^\d{1,4}$/;
// A word in lower-case letters only, as the Latin words of a title after the first ("Vultum Dei quaerere").
const LOWER_WORD = /^[a-z]+$/;
// Initials that are mostly something else: "AG" is the attorney general, not Ad Gentes.
const NOT_INITIALS = new Set(["ag", "us", "un", "eu", "uk", "dc", "ed", "id"]);

// Genre words that introduce a papal or curial document by its title: "the Apostolic
// Constitution Vultum Dei quaerere", "the encyclical Lumen Fidei", "the motu proprio Mitis
// Iudex", "the papal bull Exsurge Domine". The word before each makes it the genre.
const GENRES = new Map([
  ["constitution", new Set(["apostolic"])],
  ["exhortation", new Set(["apostolic"])],
  ["letter", new Set(["apostolic", "encyclical"])],
  ["encyclical", null],
  ["proprio", new Set(["motu"])],
  ["bull", new Set(["papal"])],
]);
// Words that end a title after a genre, or show that what follows is no title: "the
// encyclical Francis issued", "his apostolic exhortation on the family".
const NOT_TITLE = new Set([
  "on",
  "of",
  "the",
  "in",
  "to",
  "and",
  "or",
  "which",
  "that",
  "was",
  "is",
  "by",
  "for",
  "from",
  "with",
  "as",
  "at",
  "a",
  "an",
  "he",
  "she",
  "it",
  "we",
  "they",
  "his",
  "its",
  "has",
  "had",
  "issued",
  "published",
  "signed",
  "released",
  "promulgated",
  "pope",
  "saint",
  "st",
  "cardinal",
  "francis",
  "benedict",
  "john",
  "paul",
  "leo",
  "pius",
]);
const SAINTS = new Set(["st", "saint", "s"]);
// Words inside a letter's title: "to the Bishops of the Catholic Church on the Pastoral Care of".
const LETTER_LINKS = new Set(["of", "the", "on", "and", "in", "for", "to"]);
const MAX_TITLE_WORDS = 5;

export function findChurchDocuments(doc: Doc): Found[] {
  const { text, lower, tokens } = doc;
  const { start, end, kind, count } = tokens;
  const isCap = (i: number) => capitalised(doc, i);
  const out: Found[] = [];
  const seen: Title[] = [];
  // After a title: "VIII", "chapter 8", ", n. 84", " 2357".
  const suffix = (b: number): [number, string] => {
    let k = b + 1;
    if (lower[k] === ",") k++;
    if (CHAPTER.has(lower[k]) && (ROMAN.test(lower[k + 1] ?? "") || kind[k + 1] === TokenKind.Number))
      return [k + 1, ` ${lower[k + 1].toUpperCase()}`];
    if (PARAGRAPH.has(lower[k])) {
      if (lower[k + 1] === ".") k++;
      if (kind[k + 1] === TokenKind.Number) return [k + 1, ` ${lower[k + 1]}`];
      return [b, ""];
    }
    // "Amoris Laetitia VIII", never the pronoun "I".
    if (k === b + 1 && ROMAN.test(lower[k] ?? "") && lower[k] !== "i" && isCap(k))
      return [k, ` ${text.slice(start[k], end[k])}`];
    if (kind[k] === TokenKind.Number && NUMBER.test(lower[k]) && k === b + 1) return [k, ` ${lower[k]}`];
    return [b, ""];
  };
  // Before a title: "chapter VIII of".
  const prefix = (a: number): [number, string] => {
    if (
      lower[a - 1] === "of" &&
      CHAPTER.has(lower[a - 3] ?? "") &&
      (ROMAN.test(lower[a - 2]) || kind[a - 2] === TokenKind.Number)
    )
      return [a - 3, ` ${lower[a - 2].toUpperCase()}`];
    // "Article 81 of John Paul II's Universi Dominici Gregis": an article of the document, its
    // author's possessive between (one span, as "Article 33 of the 1951 Convention").
    let k = a - 1;
    if (POSSESSIVE.has(lower[k])) {
      k--;
      while (k > a - 7 && k > 0 && isCap(k - 1) && lower[k - 1] !== "of") k--;
      if (!isCap(k)) return [a, ""];
      k--;
    }
    if (lower[k] === "the") k--;
    if (lower[k] === "of" && lower[k - 2] === "article" && NUMBER.test(lower[k - 1] ?? ""))
      return [k - 2, ` Article ${lower[k - 1]}`];
    return [a, ""];
  };

  // The Latin words after a genre ("Apostolic Constitution, “Vultum dei quaerere”"): [first, last] or null.
  const genreTitle = (i: number): [number, number] | null => {
    const before = GENRES.get(lower[i]);
    if (before === undefined || (before !== null && !before.has(lower[i - 1] ?? ""))) return null;
    let k = i + 1;
    if (lower[i] === "encyclical" && lower[k] === "letter") k++;
    if (lower[k] === ",") k++;
    const quoted = OPEN_QUOTES.has(lower[k]);
    if (quoted) k++;
    if (kind[k] !== TokenKind.Word || !isCap(k) || BY_FIRST.has(lower[k])) return null;
    let b = k;
    // Unquoted, a title runs over capitalised words and may end in one lower-case word before
    // punctuation ("Vultum Dei quaerere, on June 29"), never into the sentence ("... came later").
    const titleWord = (n: number) =>
      b - k + 1 < MAX_TITLE_WORDS &&
      kind[n] === TokenKind.Word &&
      text.slice(end[n - 1], start[n]) === " " &&
      LOWER_WORD.test(lower[n]) &&
      !NOT_TITLE.has(lower[n]);
    while (titleWord(b + 1) && (quoted || isCap(b + 1) || kind[b + 2] === TokenKind.Punct)) b++;
    if (b === k || NOT_TITLE.has(lower[k]) || !LOWER_WORD.test(lower[k])) return null;
    // A quoted title ends at its closing quote (a comma or full stop may stand inside).
    if (quoted) {
      const close = lower[b + 1] === "," || lower[b + 1] === "." ? b + 2 : b + 1;
      if (!CLOSE_QUOTES.has(lower[close])) return null;
    }
    return [k, b];
  };
  // Titles read after a genre, by their lower-cased words: later mentions need no genre.
  const learned: string[][] = [];

  for (let i = 0; i < count; i++) {
    const w = lower[i];
    const genre = GENRES.has(w) ? genreTitle(i) : null;
    if (genre) {
      const [a, b] = genre;
      const name = text.slice(start[a], end[b]);
      out.push(
        found(doc, a, b, name, `a church document's title after its genre '${text.slice(start[i], end[i])}'`),
      );
      learned.push(lower.slice(a, b + 1));
      i = b;
      continue;
    }
    // "the Rule of St. Benedict", "the Rule of Saint Albert": a religious order's founding rule.
    if (w === "rule" && isCap(i) && lower[i + 1] === "of" && SAINTS.has(lower[i + 2])) {
      const k = lower[i + 3] === "." ? i + 4 : i + 3;
      if (isCap(k) && kind[k] === TokenKind.Word) {
        out.push(found(doc, i, k, text.slice(start[i], end[k]), "a religious order's rule"));
        i = k;
        continue;
      }
    }
    // "the Letter to the Bishops of the Catholic Church on the Pastoral Care of ...": the
    // Congregation for the Doctrine of the Faith titles its letters by their addressees.
    if (
      w === "letter" &&
      isCap(i) &&
      lower[i + 1] === "to" &&
      lower[i + 2] === "the" &&
      lower[i + 3] === "bishops" &&
      isCap(i + 3)
    ) {
      let b = i + 3;
      while (
        b + 2 < count &&
        b < i + 24 &&
        (isCap(b + 1) || (LETTER_LINKS.has(lower[b + 1]) && (isCap(b + 2) || lower[b + 2] === "the")))
      )
        b++;
      out.push(
        found(doc, i, b, text.slice(start[i], end[b]), "a letter of the Holy See titled by its addressees"),
      );
      i = b;
      continue;
    }
    const titles = BY_FIRST.get(w);
    if (titles && isCap(i)) {
      let hit: Title | null = null;
      let b = i;
      for (const t of titles) {
        let k = i;
        let n = 0;
        // Later words may be misspelt by a letter ("Amoris Laetita") when long enough to stay unique.
        for (; n < t.words.length; n++, k++)
          if (lower[k] !== t.words[n] && !(n > 0 && t.words[n].length >= 6 && oneEdit(t.words[n], lower[k])))
            break;
        if (n === t.words.length) {
          hit = t;
          b = k - 1;
          break;
        }
      }
      if (hit) {
        const [a, before] = prefix(i);
        // "Amoris Laetitia (AL)": the initials it will go by belong to the mention.
        if (
          text[end[b]] === " " &&
          lower[b + 1] === "(" &&
          text.slice(start[b + 2], end[b + 2]) === hit.initials &&
          lower[b + 3] === ")"
        )
          b += 3;
        const [z, after] = suffix(b);
        out.push(found(doc, a, z, `${hit.name}${before || after}`, `church document '${hit.name}'`));
        if (!seen.includes(hit)) seen.push(hit);
        i = z;
        continue;
      }
    }
    // "the Catechism", "Catechism 2357", "(CCC 2357)": the Catechism of the Catholic Church.
    if ((w === "catechism" && isCap(i)) || (w === "ccc" && text.slice(start[i], end[i]) === "CCC")) {
      let b = i;
      if (w === "catechism" && lower[i + 1] === "of") {
        // "Catechism of the Catholic Church" is read by the head word rule; its paragraph here.
        let k = i + 2;
        while (k < count && k < i + 6 && (isCap(k) || lower[k] === "the")) k++;
        b = k - 1;
      }
      let k = b + 1;
      if (lower[k] === ",") k++;
      if (lower[k] === "no" || lower[k] === "n") k += lower[k + 1] === "." ? 2 : 1;
      const numbered = kind[k] === TokenKind.Number && NUMBER.test(lower[k]);
      if (w === "ccc" && !numbered) continue;
      if (numbered) b = k;
      else if (lower[i - 1] === "baltimore") continue;
      out.push(
        found(
          doc,
          i,
          b,
          `Catechism of the Catholic Church${numbered ? ` ${lower[b]}` : ""}`,
          "the Catechism",
        ),
      );
      i = b;
    }
  }
  // Later mentions of a title read after its genre: "Vultum Dei quaerere" again, no genre before.
  for (const words of learned) {
    for (let i = 0; i + words.length <= count; i++) {
      if (lower[i] !== words[0] || !isCap(i)) continue;
      let n = 1;
      while (n < words.length && lower[i + n] === words[n]) n++;
      if (n < words.length || out.some((f) => f.start <= start[i] && start[i] < f.end)) continue;
      const name = text.slice(start[i], end[i + n - 1]);
      out.push(found(doc, i, i + n - 1, name, `a church document's title named before after its genre`));
      i += n - 1;
    }
  }
  if (seen.length === 0) return out.sort((x, y) => x.start - y.start);
  // Short forms of titles already cited: the first word alone ("Amoris") when no other title
  // opens with it, and the initials in capitals ("AL").
  const initials = new Map<string, Title>();
  for (const t of seen) {
    const key = t.initials.toLowerCase();
    if (!NOT_INITIALS.has(key)) initials.set(key, t);
  }
  const firsts = new Map(
    seen.filter((t) => BY_FIRST.get(t.words[0])?.length === 1).map((t) => [t.words[0], t]),
  );
  const taken = (i: number) => out.some((f) => f.start <= start[i] && end[i] <= f.end);
  for (let i = 0; i < count; i++) {
    const w = lower[i];
    const byInitials = initials.get(w);
    const byFirst = firsts.get(w);
    const title =
      byInitials && w.length >= 2 && text.slice(start[i], end[i]) === w.toUpperCase()
        ? byInitials
        : byFirst && isCap(i) && w.length >= 6 && lower[i + 1] !== byFirst.words[1]
          ? byFirst
          : null;
    if (title && !taken(i)) {
      const [z, after] = suffix(i);
      out.push(found(doc, i, z, `${title.name}${after}`, `short form of '${title.name}'`));
      i = z;
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

function found(doc: Doc, a: number, b: number, ref: string, why: string): Found {
  const { start, end } = doc.tokens;
  return { label: "document", ref, start: start[a], end: end[b], why };
}
