/** citation-js ships no types; the tests use it only to read back our BibTeX and RIS. */
declare module '@citation-js/core';
