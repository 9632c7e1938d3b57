import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../../src/import/formats/markdown';
import { problemLine } from '../../../../src/import/types';

describe('Markdown', () => {
  it('keeps the frontmatter a person wrote and reads bare YAML dates', () => {
    const { records } = parseMarkdown(
      '---\ntitle: "Hello"\ndate: 2023-04-02\n---\n\nBody.\n',
      'a.md',
    );
    expect(records[0]).toMatchObject({ title: 'Hello', date: '2023-04-02', body: 'Body.' });
    expect(records[0]?.sourceId).toMatch(/^md-[0-9a-f]{16}$/);
  });
  it('reports a missing date', () => {
    expect(parseMarkdown('---\ntitle: x\n---\nBody', 'a.md').problems[0]?.reason).toBe('no date');
  });
  it('reads an unquoted impossible date as written and refuses it, never moving it', () => {
    expect(
      parseMarkdown('---\ntitle: x\ndate: 2023-02-30\n---\nBody', 'a.md').problems.map(problemLine),
    ).toEqual(['a.md: impossible date 2023-02-30']);
  });
});
