/**
 * The kinds of broken files real archives hold, as importer inputs: each one
 * a file, and what must become of it: imported with its title as written, or
 * refused with a reason. Shared by the importer's fuzz test and the build
 * test that builds a sample of what the importer wrote.
 */
import { Buffer } from 'node:buffer';

export interface BrokenInput {
  /** What the case tries. */
  name: string;
  /** File name inside the inputs folder; its extension picks the format. */
  file: string;
  content: string | Buffer;
  /** Records the file must import, by source id, with the title each must keep. */
  imports?: Record<string, string>;
  /** Reasons the file's records must be refused with (`file[:line]: reason`), matched in order. */
  refuses?: RegExp[];
}

/** Enough running text that the importer takes a record for news, not a stub (20 words or more). */
const NEWS =
  ' The council met on Tuesday and voted to rebuild the old bridge over the river before the spring floods arrive next year.';
const jsonLine = (fields: Record<string, unknown>) =>
  JSON.stringify({ body: `The council met on Tuesday and voted.${NEWS}`, ...fields });
const jsonLines = (...records: Record<string, unknown>[]) =>
  `${records.map(jsonLine).join('\n')}\n`;

/** Titles that break YAML written by hand; the importer must write and read them back unchanged. */
export const YAML_BREAKING_TITLES = [
  '---',
  '...',
  'Mayor: "we will rebuild" # says the council',
  "It's a 'quote' and a \"double\" one",
  '- a list item?',
  '{ flow: map }',
  '[1, 2]',
  '&anchor *alias !tag',
  'null',
  'true',
  '2023-03-01',
  '0x1F',
  '| literal',
  '> folded',
  '%YAML 1.2',
  '@handle `tick`',
  'title: injected\n---\nbody: injected',
];

const LONG_TITLE = 'Councillors debate the long budget '.repeat(58).slice(0, 2000);
const ONE_WORD_TITLE = 'x'.repeat(2000);
const RTL_TITLE = 'Election results \u202Ederaelc\u202C announced \u202Bمرحبا\u202C';

export const BROKEN_INPUTS: BrokenInput[] = [
  {
    name: 'invalid UTF-8',
    file: 'invalid-utf8.txt',
    content: Buffer.concat([
      Buffer.from(' date 2023-03-01 Caf'),
      Buffer.from([0xc3, 0x28]),
      Buffer.from(' opens.'),
    ]),
    refuses: [/^unreadable encoding \(not UTF-8\)$/],
  },
  {
    name: 'half a surrogate pair escaped in JSON (no UTF-8 can hold it)',
    file: 'lone-surrogate.jsonl',
    content:
      '{"id":"lone","date":"2023-03-01","title":"Half \\ud800 a character","body":"Text."}\n',
    refuses: [/^unreadable text \(unpaired surrogate U\+D800 in title\)$/],
  },
  {
    name: 'a byte-order mark (raw text)',
    file: 'bom.txt',
    content: `\uFEFF date 2023-03-02 A story whose file starts with a byte-order mark.${NEWS}`,
    imports: { 'seed-bom': '' },
  },
  {
    name: 'a byte-order mark (Markdown)',
    file: 'bom.md',
    content:
      '\uFEFF---\ntitle: "A story saved with a byte-order mark"\ndate: "2023-03-02"\nsourceId: "bom-md"\n---\n\nThe body.\n',
    imports: { 'bom-md': 'A story saved with a byte-order mark' },
  },
  {
    name: 'CRLF line ends',
    file: 'crlf.md',
    content:
      '---\r\ntitle: "A story with Windows line ends"\r\ndate: "2023-03-03"\r\nsourceId: "crlf-md"\r\n---\r\n\r\nFirst paragraph.\r\n\r\nSecond paragraph.\r\n',
    imports: { 'crlf-md': 'A story with Windows line ends' },
  },
  {
    name: 'NUL bytes in the file',
    file: 'nul.txt',
    content: ' date 2023-03-04 Text\u0000with a NUL byte.',
    refuses: [/^unreadable encoding \(binary data\)$/],
  },
  {
    name: 'a NUL escaped in JSON, and an escape character',
    file: 'escaped-controls.jsonl',
    content: jsonLines(
      { id: 'nul-escaped', date: '2023-03-04', title: 'Title\u0000' },
      { id: 'esc', date: '2023-03-04', title: 'Bell \u001b[31m red' },
    ),
    refuses: [
      /^unreadable text \(control character U\+0000 in title\)$/,
      /^unreadable text \(control character U\+001B in title\)$/,
    ],
  },
  {
    name: 'a 5 MB single line (raw text)',
    file: 'five-megabytes.txt',
    content: ` date 2023-03-05 ${'word '.repeat(1_048_576)}`,
    refuses: [/^oversized record \(\d+ characters\)$/],
  },
  {
    name: 'a 5 MB single line (JSON lines)',
    file: 'five-megabytes.jsonl',
    content: jsonLines({ id: 'huge', date: '2023-03-05', body: 'word '.repeat(1_048_576) }),
    refuses: [/^oversized record \(\d+ characters\)$/],
  },
  {
    name: 'a 2,000-character title, and a title of one 2,000-letter word',
    file: 'long-titles.jsonl',
    content: jsonLines(
      { id: 'long-title', date: '2023-03-06', title: LONG_TITLE },
      { id: 'one-word-title', date: '2023-03-06', title: ONE_WORD_TITLE },
    ),
    imports: { 'long-title': LONG_TITLE, 'one-word-title': ONE_WORD_TITLE },
  },
  {
    name: 'right-to-left override characters',
    file: 'rtl.jsonl',
    content: jsonLines({ id: 'rtl', date: '2023-03-07', title: RTL_TITLE }),
    imports: { rtl: RTL_TITLE },
  },
  {
    name: 'YAML-breaking titles',
    file: 'yaml-breaking.jsonl',
    content: jsonLines(
      ...YAML_BREAKING_TITLES.map((title, index) => ({
        id: `yaml-${index}`,
        date: '2023-03-08',
        title,
      })),
    ),
    imports: Object.fromEntries(
      YAML_BREAKING_TITLES.map((title, index) => [`yaml-${index}`, title]),
    ),
  },
  {
    name: 'YAML-breaking text in a hand-written frontmatter',
    file: 'yaml-breaking.md',
    content: '---\ntitle: Mayor: "we will" # rebuild\ndate: "2023-03-08"\n---\n\nBody.\n',
    refuses: [/^broken frontmatter \(/],
  },
  {
    name: 'two stories with the same slug on the same day, and one story twice',
    file: 'same-slug.jsonl',
    content: jsonLines(
      { id: 'same-1', date: '2023-03-09', title: 'Flood closes the bridge' },
      {
        id: 'same-2',
        date: '2023-03-09',
        title: 'Flood closes the bridge',
        body: `A different story with the same headline.${NEWS}`,
      },
      { id: 'same-1', date: '2023-03-09', title: 'Flood closes the bridge' },
    ),
    imports: { 'same-1': 'Flood closes the bridge', 'same-2': 'Flood closes the bridge' },
    refuses: [/^duplicate record same-1 \(first one kept\)$/],
  },
  {
    name: 'names that look like paths',
    file: 'path-like.jsonl',
    content: jsonLines(
      { id: '../../x', date: '2023-03-10', title: '../../x' },
      { id: '/etc/passwd', date: '2023-03-10', title: '/etc/passwd' },
      { id: 'dots', date: '2023-03-10', title: '..' },
    ),
    imports: { '../../x': '../../x', '/etc/passwd': '/etc/passwd', dots: '..' },
  },
  {
    name: 'a slug that looks like a path',
    file: 'path-slug.md',
    content:
      '---\ntitle: "A story that names its own folder"\ndate: "2023-03-10"\nslug: "../../x"\n---\n\nBody.\n',
    refuses: [/^invalid article \(slug: must be lower-case words joined by hyphens\)$/],
  },
  {
    name: 'a file name that looks like a path',
    file: '..\u2215..\u2215x.txt',
    content: ` date 2023-03-10 A story from a file whose name looks like a path.${NEWS}`,
    imports: { 'seed-..\u2215..\u2215x': '' },
  },
  {
    name: 'titles made only of emoji or Chinese characters',
    file: 'scripts.jsonl',
    content: jsonLines(
      { id: 'emoji-1', date: '2023-03-11', title: '🔥🔥🔥' },
      { id: 'emoji-2', date: '2023-03-11', title: '🎉' },
      { id: 'chinese', date: '2023-03-11', title: '李强考察湖南先进制造业' },
    ),
    imports: { 'emoji-1': '🔥🔥🔥', 'emoji-2': '🎉', chinese: '李强考察湖南先进制造业' },
  },
  {
    name: 'an unquoted impossible date',
    file: 'impossible-date.md',
    content: '---\ntitle: "A day that never was"\ndate: 2023-02-30\n---\n\nBody.\n',
    refuses: [/^impossible date 2023-02-30$/],
  },
  {
    name: 'an unsafe source URL',
    file: 'unsafe-url.jsonl',
    content: jsonLines({
      id: 'unsafe-url',
      date: '2023-03-12',
      title: 'A prize',
      url: ' JavaScript:alert(1)',
    }),
    refuses: [
      /^invalid article \(url: must be an http:, https: or mailto: URL, a relative path or a fragment\)$/,
    ],
  },
];
