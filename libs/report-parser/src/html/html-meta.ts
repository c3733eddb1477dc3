/** Meta tags Chinese government CMSs use for the publication date. */
const DATE_META = new Set([
  'pubdate', 'publishdate', 'firstpublishedtime', 'publishtime', 'publish_date', 'publishdate', 'article:published_time',
  'dcterms.issued', 'dc.date', 'dc.date.issued', 'release_date', 'contentpublishedtime',
]);

export function isDateMeta(name: string | undefined): boolean {
  return name !== undefined && DATE_META.has(name.toLowerCase());
}

