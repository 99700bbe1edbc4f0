/**
 * Selectors the e2e tests rely on, in one place, so that a change of markup (the search UI in
 * particular) means one edit here rather than in every test.
 */
export const selectors = {
  /** A callout: the term's wrapper, its link and its card. */
  term: '.term',
  termLink: '.term-link',
  termCard: '.term-card',
  cardHanzi: '.term-card-hanzi',
  cardPinyin: '.term-card-pinyin',
  /** The dark-mode toggle in the header. */
  themeToggle: '.header-tools .theme-toggle',
  /** The search page (src/pages/search.astro): its query box and the links of its results. */
  searchPath: 'search/',
  searchInput: 'main [data-search-input]',
  searchResultLink: 'main [data-search-results] a[href]',
} as const;
