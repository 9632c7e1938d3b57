import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { headingAnchors } from '../../src/markdown/heading-anchors';
import { rawHtmlAsText } from '../../src/markdown/raw-html-as-text';

// Sätteri renders synchronously when no plugin is async, as ours are not.
const render = (markdown: string) => markdownToHtml(markdown, { mdastPlugins: [rawHtmlAsText], hastPlugins: [headingAnchors] }).html;

describe('article Markdown', () => {
  it('shows block and inline HTML as text', () => {
    const html = render('<script>alert(1)</script>\n\nText <img src=x onerror="alert(1)"> and <b>bold</b>.');
    expect(html).not.toMatch(/<script|<img|<b>/);
    expect(html).toMatch(/(&lt;|&#x3C;)script(>|&gt;)alert\(1\)(&lt;|&#x3C;)\/script(>|&gt;)/);
    expect(html).toMatch(/onerror=("|&quot;)alert\(1\)/);
  });

  it('gives headings unique ids and a link to themselves', () => {
    const html = render('## Background\n\ntext\n\n## Background\n\n### What’s next?');
    expect(html).toContain('<h2 id="background">Background<a class="heading-anchor" href="#background" aria-hidden="true" tabindex="-1">#</a></h2>');
    expect(html).toContain('<h2 id="background-1">');
    expect(html).toContain('<h3 id="whats-next">');
  });

  it('keeps ordinary Markdown', () => {
    expect(render('A [link](https://example.org) and *emphasis*.')).toContain('<a href="https://example.org">link</a>');
  });
});
