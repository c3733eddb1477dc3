import { registerEnumType } from '@nestjs/graphql';

/** How an agency stands for a year's report: by 31 January of the next year, after, undated, none. */
export enum CoverageStatus { ON_TIME = 'ON_TIME', LATE = 'LATE', UNDATED = 'UNDATED', MISSING = 'MISSING' }
registerEnumType(CoverageStatus, { name: 'CoverageStatus' });

export enum RiskRating { RED = 'RED', AMBER = 'AMBER', GREEN = 'GREEN', NOT_RATED = 'NOT_RATED' }
registerEnumType(RiskRating, { name: 'RiskRating' });

const RATINGS: Record<string, RiskRating> = { red: RiskRating.RED, amber: RiskRating.AMBER, green: RiskRating.GREEN, notRated: RiskRating.NOT_RATED };
export const toRiskRating = (r: string): RiskRating => RATINGS[r];
