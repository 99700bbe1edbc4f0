/**
 * Selectors the e2e tests rely on, in one place, so that a change of markup (the search UI in
 * particular) means one edit here rather than in every test.
 */
export const selectors = {
  /** A term's linked mention in the text, and a term's card (one per term per page, `#card-<id>`). */
  termLink: '.term-link',
  termCard: '.term-card',
  /** The dark-mode toggle in the header. */
  themeToggle: '.header-tools .theme-toggle',
  /** The search page (src/pages/search.astro): its query box and the links of its results. */
  searchPath: 'search/',
  searchInput: 'main [data-search-input]',
  searchResultLink: 'main [data-search-results] a[href]',
  /** One result: its title link and its excerpt's marked words. */
  searchHit: 'main [data-search-results] li:has(> a.search-hit-title)',
} as const;
