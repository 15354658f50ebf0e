import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { createDocument, tokenAt, tokenText } from "./document.js";
import { fromCodePoint, textSpan, toCodePoint } from "./span.js";
import { TokenKind, type Tokens, tokenize } from "./tokenize.js";

const PTC = resolve(__dirname, "../../../shared/data/ptc/articles");

/** Every non-whitespace character is in exactly one token; gaps hold only whitespace. */
function assertLossless(text: string, tokens: Tokens) {
  let pos = 0;
  for (let i = 0; i < tokens.count; i++) {
    expect(tokens.start[i]).toBeGreaterThanOrEqual(pos);
    expect(text.slice(pos, tokens.start[i]).trim()).toBe("");
    expect(tokens.end[i]).toBeGreaterThan(tokens.start[i]);
    pos = tokens.end[i];
  }
  expect(text.slice(pos).trim()).toBe("");
}

const words = (text: string) => {
  const t = tokenize(text);
  return Array.from({ length: t.count }, (_, i) => text.slice(t.start[i], t.end[i]));
};

describe("tokenize", () => {
  it("splits words, numbers and punctuation, keeping acronyms, hyphens and inner apostrophes", () => {
    expect(words("The U.S. envoy's well-known plan: 2:255, 1,000.5% don't O'Brien!")).toEqual([
      "The",
      "U.S.",
      "envoy",
      "'s",
      "well-known",
      "plan",
      ":",
      "2:255",
      ",",
      "1,000.5%",
      "don't",
      "O'Brien",
      "!",
    ]);
  });

  it("classifies token kinds", () => {
    const t = tokenize("Hi 42 , $");
    expect(Array.from(t.kind)).toEqual([TokenKind.Word, TokenKind.Number, TokenKind.Punct, TokenKind.Symbol]);
  });

  it("is lossless on mixed scripts, emoji, CRLF and combining marks", () => {
    const text = "قال المتحدث: «لا» 👍🏽 — Noël\r\nnaïve ﷺ  x";
    assertLossless(text, tokenize(text));
    expect(words("a 👍🏽 b")).toEqual(["a", "👍", "🏽", "b"]);
  });

  it("is lossless on every PTC article", () => {
    for (const name of readdirSync(PTC).slice(0, 60)) {
      const text = readFileSync(join(PTC, name), "utf8");
      assertLossless(text, tokenize(text));
    }
  });
});

describe("segmentation", () => {
  const sentences = (text: string) => {
    const d = createDocument({ text });
    return Array.from({ length: d.sentences.count }, (_, s) =>
      text.slice(d.sentences.start[s], d.sentences.end[s]),
    );
  };

  it("does not split after titles, initials or acronyms, and splits after closing quotes", () => {
    expect(
      sentences('Mr. A. Blinken met Dr. Lee in the U.S. capital. He said: "We will win!" Then he left.'),
    ).toEqual([
      "Mr. A. Blinken met Dr. Lee in the U.S. capital.",
      'He said: "We will win!"',
      "Then he left.",
    ]);
  });

  it("ends sentences at line breaks and paragraphs at blank lines, with CRLF", () => {
    const text = "Title here\r\n\r\nFirst line\r\nsecond line. Third.\r\n";
    const d = createDocument({ text });
    expect(sentences(text)).toEqual(["Title here", "First line", "second line.", "Third."]);
    expect(d.paragraphs.count).toBe(2);
    expect(text.slice(d.paragraphs.start[1], d.paragraphs.end[1])).toBe("First line\r\nsecond line. Third.");
    expect(d.sentenceOf[tokenAt(d, text.indexOf("Third"))]).toBe(3);
  });

  it("splits Arabic sentences at the Arabic question mark", () => {
    expect(sentences("هل هذا صحيح؟ نعم هذا صحيح.")).toHaveLength(2);
  });
});

describe("language identification", () => {
  it("identifies the document language and a paragraph in another script", () => {
    const text =
      "The spokesman repeated the demands of the movement at a press conference on Monday evening.\n\n" +
      "قال المتحدث باسم الحركة إن المفاوضات لن تغير شيئا على الأرض في الوقت الحالي\n\n" +
      "Officials in the capital declined to comment on the statement when asked by reporters.";
    const d = createDocument({ text });
    expect(d.language).toBe("en");
    expect(d.paragraphLanguages).toEqual(["en", "ar", "en"]);
  });

  it("identifies Russian and French, and says und for text without letters", () => {
    expect(
      createDocument({
        text: "Министр иностранных дел заявил журналистам, что переговоры продолжатся завтра.",
      }).language,
    ).toBe("ru");
    expect(
      createDocument({
        text: "Le ministre des affaires étrangères a déclaré que les négociations continueront demain.",
      }).language,
    ).toBe("fr");
    expect(createDocument({ text: "12345 !!! 678" }).language).toBe("und");
  });
});

describe("spans", () => {
  it("textSpan copies the exact slice and rejects ranges outside the text, quoting them", () => {
    const doc = createDocument({ text: "Hello world" });
    expect(textSpan(doc, 6, 11)).toEqual({ start: 6, end: 11, text: "world" });
    expect(() => textSpan(doc, 5, 20)).toThrow("[5, 20)");
    expect(tokenText(doc, 1)).toBe("world");
  });

  it("converts between UTF-16 and code-point offsets", () => {
    const text = "a😀b😀c";
    expect(toCodePoint(text, text.indexOf("b"))).toBe(2);
    expect(fromCodePoint(text, 4)).toBe(text.indexOf("c"));
    expect(fromCodePoint(text, toCodePoint(text, 6))).toBe(6);
  });

  it("createDocument rejects input without text, quoting it", () => {
    expect(() => createDocument({ txt: "x" } as never)).toThrow('{"txt":"x"}');
  });
});
