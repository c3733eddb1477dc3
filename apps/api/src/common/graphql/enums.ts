import { registerEnumType } from '@nestjs/graphql';
import { FLAG_CODES, SEVERITIES, type Severity as CatalogSeverity } from '@gongkai/report-format';

export enum Role { VIEWER = 'VIEWER', ANALYST = 'ANALYST', SUPERVISOR = 'SUPERVISOR', ADMIN = 'ADMIN' }
export enum GroupBy { YEAR = 'YEAR', REGION = 'REGION', AGENCY_TYPE = 'AGENCY_TYPE', AGENCY = 'AGENCY' }
export enum SortOrder { ASC = 'ASC', DESC = 'DESC' }
export enum ReviewStatus { OPEN = 'OPEN', CONFIRMED = 'CONFIRMED', DISMISSED = 'DISMISSED' }
export enum ReportSort { YEAR = 'YEAR', AGENCY = 'AGENCY', REGION = 'REGION', FLAGS = 'FLAGS', PUBLISHED_AT = 'PUBLISHED_AT' }

/** Severity and FlagCode are generated from the catalog: a value added there appears in the schema. */
export type Severity = Uppercase<CatalogSeverity>;
export const Severity = Object.fromEntries(SEVERITIES.map((s) => [s.toUpperCase(), s.toUpperCase()])) as { [K in Severity]: K };

export const FlagCode: Record<string, string> = Object.fromEntries(FLAG_CODES.map((f) => [f.code, f.code]));
export type FlagCode = string;

registerEnumType(Role, { name: 'Role' });
registerEnumType(GroupBy, { name: 'GroupBy' });
registerEnumType(SortOrder, { name: 'SortOrder' });
registerEnumType(Severity, { name: 'Severity' });
registerEnumType(ReviewStatus, { name: 'ReviewStatus' });
registerEnumType(ReportSort, { name: 'ReportSort' });
registerEnumType(FlagCode, {
  name: 'FlagCode',
  valuesMap: Object.fromEntries(FLAG_CODES.map((f) => [f.code, { description: `${f.zh} (${f.en}); ${f.severity}` }])),
});

/** Severity in the database (catalog spelling) ↔ GraphQL. */
export const toSeverity = (s: string): Severity => s.toUpperCase() as Severity;
export const fromSeverity = (s: Severity): CatalogSeverity => s.toLowerCase() as CatalogSeverity;
