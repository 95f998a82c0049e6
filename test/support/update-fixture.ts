// An update file as an editor would write it: the story moved on after the article (12 more expelled, 38 in total).
export const MORE_EXPELLED_FILE = '2026-12-01-more-expulsions.md';

export const MORE_EXPELLED = [
  '---',
  'date: 2026-12-01',
  'title: 12 more expelled, 38 in total',
  'source: Example Wire, 1 Dec 2026',
  'related: expulsion-details',
  '---',
  'Mexico expelled 12 more people suspected of cartel affiliation, bringing the total to 38.',
  '',
].join('\n');
