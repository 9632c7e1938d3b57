/**
 * Turns a record's body into the parts of an article: running text, dateline,
 * source, photo captions and credits.
 */
import type { SourceRecord } from '../types';
import {
  recogniseCaption,
  recogniseCredit,
  recogniseCreditedCaption,
  recogniseLoneCaption,
} from './captions';
import { recogniseDateline } from './dateline';
import { comparableText, splitParagraphs } from './paragraphs';

export interface Credit {
  name: string;
  role: string;
}
export interface Caption {
  text: string;
  date?: string | undefined;
  credit?: string | undefined;
}

export interface ArticleStructure {
  paragraphs: string[];
  source?: string | undefined;
  dateline?: string | undefined;
  /** What the dateline writes after its place: "Ontario", "Mass.". */
  datelineRegion?: string | undefined;
  /** The day the dateline gives, when it gives one. */
  datelineDate?: string | undefined;
  credits: Credit[];
  captions: Caption[];
}

/** A caption's copy of the lead: the same words as some paragraph of the body. */
function duplicatesBody(text: string, body: readonly string[]): boolean {
  const copy = comparableText(text);
  if (!copy) return true;
  return body.some((paragraph) => {
    const original = comparableText(paragraph);
    return original.startsWith(copy) || copy.startsWith(original) || original.includes(copy);
  });
}

export function recogniseStructure(record: SourceRecord): ArticleStructure {
  const structure: ArticleStructure = { paragraphs: [], credits: [], captions: [] };
  if (record.format === 'markdown') {
    // A Markdown body is already what the author wants shown; keep it whole.
    structure.paragraphs = record.body
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean);
    return structure;
  }
  // Lead copies wait until the whole body is known: only then can we tell a copy from new text.
  const items: { kind: 'text' | 'lead-copy'; text: string }[] = [];
  let expectDateline = record.format === 'raw-text';
  const paragraphs = splitParagraphs(record.body);
  for (const [index, paragraph] of paragraphs.entries()) {
    const credit = recogniseCredit(paragraph);
    if (credit) {
      for (const name of credit.names) {
        if (!structure.credits.some((known) => known.name === name))
          structure.credits.push({ name, role: credit.role });
      }
      // A credit line follows the caption it belongs to.
      const uncredited = structure.captions.filter((caption) => !caption.credit);
      for (const caption of uncredited) caption.credit = credit.names.join(', ');
      continue;
    }
    const credited = recogniseCreditedCaption(paragraph);
    if (credited) {
      for (const name of credited.credit.names) {
        if (!structure.credits.some((known) => known.name === name))
          structure.credits.push({ name, role: credited.credit.role });
      }
      structure.captions.push({
        text: credited.text,
        date: credited.date,
        credit: credited.credit.names.join(', '),
      });
      continue;
    }
    const caption = recogniseCaption(paragraph, record.date);
    if (caption) {
      structure.captions.push({ text: caption.text, date: caption.date });
      if (caption.before) items.push({ kind: 'lead-copy', text: caption.before });
      continue;
    }
    // Only above the lead, and never the lead itself: a paragraph with a dateline is the story.
    const loneCaption =
      items.length === 0 && !recogniseDateline(paragraph, record.date)
        ? recogniseLoneCaption(paragraph, paragraphs[index + 1])
        : undefined;
    if (loneCaption) {
      structure.captions.push({ text: loneCaption.text, date: loneCaption.date });
      continue;
    }
    if (expectDateline) {
      const dateline = recogniseDateline(paragraph, record.date);
      expectDateline = false;
      if (dateline) {
        structure.source = dateline.source;
        structure.dateline = dateline.place;
        structure.datelineRegion = dateline.region;
        structure.datelineDate = dateline.date;
        items.push({ kind: 'text', text: dateline.rest });
        continue;
      }
    }
    items.push({ kind: 'text', text: paragraph });
  }
  const body = items.filter((item) => item.kind === 'text').map((item) => item.text);
  structure.paragraphs = items
    .filter((item) => item.kind === 'text' || !duplicatesBody(item.text, body))
    .map((item) => item.text);
  return structure;
}
