/**
 * Both Markdown pipelines (src/markdown/processors.ts), rendered through
 * Astro's own renderers with our plugins: the same rules, the same HTML.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { remarkPipeline, satteriPipeline } from '../../../src/markdown/processors';
import { canonicalHtml } from '../../helpers/canonical-html';

type Render = (markdown: string) => Promise<string>;

async function renderer(make: typeof satteriPipeline | typeof remarkPipeline): Promise<Render> {
  const processor = await make();
  // createRenderer's shared options are Astro's markdown settings; the defaults suit a test.
  const render = await (
    processor as unknown as {
      createRenderer(shared: object): Promise<{ render(md: string): Promise<{ code: string }> }>;
    }
  ).createRenderer({});
  return async (markdown) => (await render.render(markdown)).code;
}

const pipelines = { satteri: satteriPipeline, remark: remarkPipeline };

describe.each(Object.entries(pipelines))('the %s pipeline', (_name, make) => {
  let render: Render;
  beforeAll(async () => {
    render = await renderer(make);
  });

  it('shows block and inline HTML as text', async () => {
    const html = canonicalHtml(
      await render(
        '<script>alert(1)</script>\n\nText <img src=x onerror="alert(1)"> and <b>bold</b>.',
      ),
    );
    expect(html).not.toMatch(/<script|<img|<b>/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('onerror="alert(1)"');
  });

  it('gives headings unique ids and a link to themselves', async () => {
    const html = await render('## Background\n\ntext\n\n## Background\n\n### What’s next?');
    expect(html).toContain(
      '<h2 id="background">Background<a class="heading-anchor" href="#background" aria-hidden="true" tabindex="-1">#</a></h2>',
    );
    expect(html).toContain('<h2 id="background-1">');
    expect(html).toContain('<h3 id="whats-next">');
  });

  it('keeps ordinary Markdown and safe links', async () => {
    const html = await render(
      'A [link](https://example.org), [mail](mailto:desk@example.org), [page](../2020/), [note](#background) and *emphasis*.',
    );
    expect(html).toContain('<a href="https://example.org">link</a>');
    expect(html).toContain('<a href="mailto:desk@example.org">mail</a>');
    expect(html).toContain('<a href="../2020/">page</a>');
    expect(html).toContain('<a href="#background">note</a>');
    expect(html).toContain('<em>emphasis</em>');
  });

  it.each([
    ['a javascript: link', '[a prize page](javascript:alert(1))', 'a prize page'],
    ['upper case', '[a prize page](JaVaScRiPt:alert(1))', 'a prize page'],
    ['a character reference', '[a prize page](&#106;avascript&#58;alert(1))', 'a prize page'],
    ['a named reference', '[a prize page](javascript&colon;alert(1))', 'a prize page'],
    ['a tab inside', '[a prize page](<java\tscript:alert(1)>)', 'a prize page'],
    ['vbscript', '[a prize page](vbscript:msgbox(1))', 'a prize page'],
    ['a data: image', '![a chart](data:image/svg+xml;base64,PHN2Zz4=)', 'a chart'],
    [
      'a reference-style link',
      '[a prize page][prize]\n\n[prize]: javascript:alert(1)',
      'a prize page',
    ],
    ['an autolink', '<javascript:alert(1)>', 'javascript:alert(1)'],
    [
      'an unsafe image in an unsafe link',
      '[![a chart](javascript:alert(1))](javascript:alert(2))',
      'a chart',
    ],
  ])('shows %s as plain text', async (_case, markdown, text) => {
    const html = await render(markdown);
    expect(html).not.toMatch(/<a |<img /);
    expect(html).not.toMatch(/href=|src=/);
    expect(canonicalHtml(html)).toBe(`<p>${text}</p>`);
  });

  it('keeps a safe image inside an unsafe link, and the reverse', async () => {
    const html = canonicalHtml(
      await render(
        '[![a](https://example.org/a.png)](javascript:x) [![b](javascript:y)](https://example.org/)',
      ),
    );
    expect(html).toBe(
      '<p><img alt="a" src="https://example.org/a.png"> <a href="https://example.org/">b</a></p>',
    );
  });
});

describe('both pipelines', () => {
  it('make the same HTML for an article with every construct a story uses', async () => {
    const markdown = [
      '## A heading -- with "quotes" and it’s...',
      'A paragraph with *emphasis*, **strong**, `code <b>` and a [link](https://example.org/a?b=1&c=2).',
      '<p onclick="x()">Quoted HTML</p>',
      '> A quotation',
      '- one\n- two',
      '1. first\n2. second',
      '| a | b |\n|---|---|\n| 1 | 2 |',
      '### A heading -- with "quotes" and it’s...',
      'www.example.com and ~~struck~~ --- and a [bad link](javascript:alert(1)).',
    ].join('\n\n');
    const [satteri, remark] = await Promise.all([
      renderer(satteriPipeline),
      renderer(remarkPipeline),
    ]);
    expect(canonicalHtml(await remark(markdown))).toBe(canonicalHtml(await satteri(markdown)));
  });
});
