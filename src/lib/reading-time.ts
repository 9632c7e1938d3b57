/** Minutes a reader needs for a text, at the ~230 words a minute adults read news. */
export function readingMinutes(text: string, wordsPerMinute = 230): number {
  const words = text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)?.length ?? 0;
  // CJK scripts do not separate words with spaces: count their characters instead.
  const cjkCharacters =
    text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  const effectiveWords = words + cjkCharacters / 2;
  return Math.max(1, Math.round(effectiveWords / wordsPerMinute));
}
