import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { AgencyDto } from '../../../agencies/dtos/outputs/agency.dto';
import { RegionDto } from '../../../agencies/dtos/outputs/region.dto';
import { LabelDto } from '../../../common/graphql/label.dto';
import { type MetricFilterInput } from '../inputs/metric-filter.input';

@ObjectType('TrendPoint')
export class TrendPointDto {
  @Field(() => Int) year!: number;
  @Field(() => Float, { nullable: true }) value!: number | null;
}

@ObjectType('TrendSeries')
export class TrendSeriesDto {
  @Field() key!: string;
  @Field() label!: string;
  @Field(() => [TrendPointDto]) points!: TrendPointDto[];
}

@ObjectType('CompareRow')
export class CompareRowDto {
  @Field(() => AgencyDto) agency!: AgencyDto;
  @Field() metric!: string;
  @Field(() => [TrendPointDto]) points!: TrendPointDto[];
}

@ObjectType('RankingRow')
export class RankingRowDto {
  @Field(() => Int) rank!: number;
  @Field(() => AgencyDto) agency!: AgencyDto;
  @Field(() => Float, { nullable: true }) value!: number | null;
}

@ObjectType('KPI')
export class KpiDto {
  @Field() metric!: string;
  @Field(() => LabelDto) label!: LabelDto;
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field(() => Float, { nullable: true }) previous!: number | null;
  /** Relative change against the previous year (0.1 = +10 %); null without a previous value. */
  @Field(() => Float, { nullable: true }) change!: number | null;
}

@ObjectType('RegionValue')
export class RegionValueDto {
  @Field(() => RegionDto) region!: RegionDto;
  @Field(() => Float, { nullable: true }) value!: number | null;
}

@ObjectType('Overview')
export class OverviewDto {
  @Field(() => Int) year!: number;
  @Field(() => Int) reports!: number;
  @Field(() => Int) agencies!: number;
  @Field(() => Int) openFlags!: number;
  @Field(() => [KpiDto]) kpis!: KpiDto[];
  /** Kept for the byRegion field. */
  filter!: MetricFilterInput | null;
}
