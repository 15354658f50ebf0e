import type { Doc } from "./document.js";
import type { TextSpan } from "./types.js";

/** Whether two half-open spans share at least one code unit. */
export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

/** A TextSpan for [start, end) of the document; throws on a range outside the text. */
export function textSpan(doc: Pick<Doc, "text">, start: number, end: number): TextSpan {
  if (
    !(
      Number.isInteger(start) &&
      Number.isInteger(end) &&
      0 <= start &&
      start <= end &&
      end <= doc.text.length
    )
  ) {
    throw new RangeError(`span [${start}, ${end}) is outside a text of length ${doc.text.length}`);
  }
  return { start, end, text: doc.text.slice(start, end) };
}

/** Code-point offset of a UTF-16 offset (the PTC corpus counts code points). */
export function toCodePoint(text: string, utf16: number): number {
  let cp = 0;
  for (let i = 0; i < utf16; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < utf16) i++;
    cp++;
  }
  return cp;
}

/** UTF-16 offset of a code-point offset. */
export function fromCodePoint(text: string, codePoint: number): number {
  let i = 0;
  for (let cp = 0; cp < codePoint && i < text.length; cp++) {
    const c = text.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
  }
  return i;
}
