/** Paragraph and sentence helpers shared by the recognisers. */

export function splitParagraphs(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '');
}

/**
 * A comparable form of a paragraph: lower case letters and digits only, ordinals
 * reduced ("21st" → "21"), so that a caption's copy of the lead matches the lead.
 */
export function comparableText(text: string): string {
  return text
    .toLowerCase()
    .replace(/(\d+)(?:st|nd|rd|th)\b/g, '$1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** First sentence of a paragraph; abbreviations like "Co." or "U.S." do not end it. */
export function firstSentence(paragraph: string): string {
  const match = /^.*?[.!?](?=["”’)]?\s+[A-Z“"‘(]|["”’)]?$)/.exec(paragraph);
  const sentence = match ? match[0] : paragraph;
  // "Co. Ltd" or a one-letter initial ("George W. Bush") ended the match too early.
  if (
    /\b(?:[A-Z]|Co|Inc|Ltd|Mr|Mrs|Ms|Dr|St|Sen|Gen|Rep|Gov|Lt|Col|No|U\.S|U\.K)\.$/.test(
      sentence,
    ) &&
    sentence.length < paragraph.length
  ) {
    const rest = firstSentence(paragraph.slice(sentence.length).trimStart());
    return `${sentence} ${rest}`;
  }
  return sentence;
}
