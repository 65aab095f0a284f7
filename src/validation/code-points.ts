/**
 * String lengths as Smithy and AWS count them: Unicode code points. A surrogate pair (an astral
 * character such as an emoji) is one; a variation selector (U+FE0F, U+FE0E) or a combining mark is
 * one more, as is every other code point. Lone surrogates count one each, like Java's
 * `String.codePointCount`.
 */
export function codePointLength(value: string): number {
  let count = 0;
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}
