// Article text for the synthetic test pages (a test helper, not a test file): `count` German
// paragraphs long enough to read as an article's running text.
export const germanParagraphs = (count: number): string =>
  Array.from(
    { length: count },
    (_, i) =>
      `<p>Absatz ${i + 1} der Meldung, mit genug Wörtern, Kommas und Einzelheiten, damit er wie ein Artikel liest.</p>`,
  ).join('');
