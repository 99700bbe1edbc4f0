import { describe, expect, it } from 'vitest';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { bibtex, chicago, citationDownloads, ris, type Citable } from './citation.ts';

const article: Citable = {
  id: '2022-digichina-informatization-plan-forum',
  title: 'Analyzing China’s 2021–2025 Informatization Plan: A DigiChina Forum',
  authors: ['Rogier Creemers', 'Paul Triolo'],
  publisher: 'DigiChina, Stanford University',
  published: '2022-01-24',
  url: 'https://digichina.stanford.edu/work/analyzing/',
};
const hostile: Citable = { id: 'x', title: 'Braces {x} 100% & $5 #1 a_b\nnext line', authors: ['Xiao Liu'], publisher: 'P & Q', published: '2020-04', url: 'https://example.org/a?b=1&c={2}' };

/** What citation-js (a maintained reader of both formats) makes of a record, as CSL-JSON. */
const parse = (text: string, format: string) => plugins.input.chain(text, { forceType: format, generateGraph: false })[0] as Record<string, any>;

describe('citations', () => {
  it('formats Chicago author-date with inverted first author, date and address', () => {
    expect(chicago(article)).toBe('Creemers, Rogier, and Paul Triolo. 2022. “Analyzing China’s 2021–2025 Informatization Plan: A DigiChina Forum.” DigiChina, Stanford University, January 24, 2022. https://digichina.stanford.edu/work/analyzing/.');
    expect(chicago({ ...article, authors: ['A B', 'C D', 'E F'] })).toContain('B, A, C D, and E F. 2022.');
    expect(chicago({ ...article, authors: [], corporateAuthor: 'policy-reader contributors', published: undefined })).toMatch(/^policy-reader contributors\. n\.d\. “/);
  });

  it('writes biblatex that a BibTeX/biblatex reader reads back field for field, hostile titles included', () => {
    const read = parse(bibtex(article), '@biblatex/text');
    expect(read.title).toBe(article.title);
    expect(read.author).toEqual([{ family: 'Creemers', given: 'Rogier' }, { family: 'Triolo', given: 'Paul' }]);
    expect(read.issued['date-parts'][0]).toEqual([2022, 1, 24]);
    expect(read.URL).toBe(article.url);
    const odd = parse(bibtex(hostile), '@biblatex/text');
    expect(odd.title).toBe('Braces {x} 100% & $5 #1 a_b next line');
    expect(odd.publisher ?? odd['container-title'] ?? '').toBeDefined();
    expect(new Cite(bibtex(article)).data).toHaveLength(1);
  });

  it('writes RIS that a RIS reader reads back', () => {
    const text = ris(article);
    expect(text.startsWith('TY  - ELEC\r\n')).toBe(true);
    expect(text.endsWith('ER  - \r\n')).toBe(true);
    const read = parse(text, '@ris/file');
    expect(read.title).toBe(article.title);
    expect(read.author).toEqual([{ family: 'Creemers', given: 'Rogier' }, { family: 'Triolo', given: 'Paul' }]);
    expect(read.issued['date-parts'][0]).toEqual([2022, 1, 24]);
    expect(read.URL).toBe(article.url);
    expect(parse(ris(hostile), '@ris/file').title).toBe('Braces {x} 100% & $5 #1 a_b next line');
  });

  it('offers both files as downloads whose bytes are the files, hostile text included', async () => {
    const { bibtex: bibUrl, ris: risUrl } = citationDownloads(hostile);
    expect(bibUrl.startsWith('data:application/x-bibtex;charset=utf-8,')).toBe(true);
    expect(risUrl.startsWith('data:application/x-research-info-systems;charset=utf-8,')).toBe(true);
    // What a browser saves: the URL's body, decoded.
    expect(await (await fetch(bibUrl)).text()).toBe(bibtex(hostile));
    expect(await (await fetch(risUrl)).text()).toBe(ris(hostile));
    // Nothing in the text can end the attribute the URL sits in.
    expect(bibUrl).not.toMatch(/["'<>\s]/);
  });
});
