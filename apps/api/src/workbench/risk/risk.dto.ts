import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { JSONScalar } from '../../common/graphql/json.scalar';
import { LabelDto } from '../../common/graphql/label.dto';
import { RegionDto } from '../../agencies/dtos/outputs/region.dto';
import { RiskRating } from '../dtos/workbench-enums';

@ObjectType('RiskItem')
export class RiskItemDto {
  /** The rated measure (not `id`: one per card, so clients must not normalise it). */
  @Field() metric!: string;
  @Field(() => LabelDto) label!: LabelDto;
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field(() => Float, { nullable: true }) base!: number | null;
  @Field(() => RiskRating) rating!: RiskRating;
  @Field(() => LabelDto) note!: LabelDto;
}

@ObjectType('RiskCard')
export class RiskCardDto {
  @Field(() => ID) agencyId!: string;
  @Field() agencyName!: string;
  @Field() agencyType!: string;
  @Field() regionCode!: string;
  @Field(() => ID) reportId!: string;
  @Field(() => Int) year!: number;
  @Field(() => RiskRating) overall!: RiskRating;
  @Field(() => [RiskItemDto]) items!: RiskItemDto[];
}

@ObjectType('RegionRisk')
export class RegionRiskDto {
  @Field(() => RegionDto) region!: RegionDto;
  @Field(() => Int) rank!: number;
  @Field(() => Int) cards!: number;
  @Field(() => Int) red!: number;
  @Field(() => Int) amber!: number;
  @Field(() => Int) green!: number;
  @Field(() => Int) notRated!: number;
  /** Mean of the rated cards (red 2, amber 1, green 0); null when none is rated. */
  @Field(() => Float, { nullable: true }) score!: number | null;
}

@ObjectType('RiskOverview')
export class RiskOverviewDto {
  @Field(() => Int) year!: number;
  @Field(() => [RiskCardDto]) cards!: RiskCardDto[];
  /** Regions one level below the filter (provinces when none), worst first. */
  @Field(() => [RegionRiskDto]) ranking!: RegionRiskDto[];
  /** The thresholds in force (defaults merged with the admin's settings). */
  @Field(() => JSONScalar) thresholds!: Record<string, unknown>;
}
