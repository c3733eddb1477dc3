/** Columns of a ReportSummary, from `reports r` (every column aliased: callers may prefix them). */
export const SUMMARY_COLUMNS = `r.id::text AS id, r.agency_id AS "agencyId", r.year AS year, r.template AS template, r.layout AS layout,
  r.file_name AS "fileName", to_char(r.published_at, 'YYYY-MM-DD') AS "publishedAt", r.status AS status, r.error_count AS "errorCount",
  r.warning_count AS "warningCount", r.info_count AS "infoCount", r.ingested_at AS "ingestedAt"`;
