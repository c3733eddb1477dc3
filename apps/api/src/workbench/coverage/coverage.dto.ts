import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CoverageStatus } from '../dtos/workbench-enums';

@ObjectType('CoverageCounts')
export class CoverageCountsDto {
  @Field(() => Int) agencies!: number;
  @Field(() => Int) published!: number;
  @Field(() => Int) onTime!: number;
  @Field(() => Int) late!: number;
  @Field(() => Int) undated!: number;
  @Field(() => Int) missing!: number;
}

@ObjectType('CoverageAgency')
export class CoverageAgencyDto {
  /** Not `id`: the status is per year, so clients must not normalise it by agency. */
  @Field(() => ID) agencyId!: string;
  @Field() name!: string;
  @Field() regionCode!: string;
  @Field(() => CoverageStatus) status!: CoverageStatus;
  @Field(() => String, { nullable: true }) publishedAt!: string | null;
  /** The current report of the year, when there is one. */
  @Field(() => ID, { nullable: true }) reportId!: string | null;
}

@ObjectType('CoverageNode')
export class CoverageNodeDto {
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) parentCode!: string | null;
  /** Depth in the returned tree (0 = a root). */
  @Field(() => Int) depth!: number;
  /** Over the whole subtree. */
  @Field(() => CoverageCountsDto) counts!: CoverageCountsDto;
  /** Agencies of this region itself (not of its sub-regions), with their status. */
  @Field(() => [CoverageAgencyDto]) agencies!: CoverageAgencyDto[];
}

@ObjectType('Coverage')
export class CoverageDto {
  @Field(() => Int) year!: number;
  /** yyyy-mm-dd: the last day to publish on time. */
  @Field() deadline!: string;
  @Field(() => CoverageCountsDto) totals!: CoverageCountsDto;
  /** Depth first, parents before children. */
  @Field(() => [CoverageNodeDto]) nodes!: CoverageNodeDto[];
  /** Every agency of the tree without a report for the year, by region then name: the ones to chase. */
  @Field(() => [CoverageAgencyDto]) missing!: CoverageAgencyDto[];
}
