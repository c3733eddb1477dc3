import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { FlagCode, ReviewStatus, Severity } from '../../../common/graphql/enums';
import { JSONScalar } from '../../../common/graphql/json.scalar';
import { LabelDto } from '../../../common/graphql/label.dto';
import { PageInfoDto } from '../../../common/graphql/page-info.dto';
import { ReportSummaryDto } from '../../../reports/dtos/outputs/report-summary.dto';

@ObjectType('Flag')
export class FlagDto {
  @Field(() => ID) id!: string;
  @Field(() => FlagCode) code!: string;
  @Field(() => Severity) severity!: Severity;
  @Field(() => [String]) cells!: string[];
  @Field(() => JSONScalar, { nullable: true }) expected!: unknown;
  @Field(() => JSONScalar, { nullable: true }) actual!: unknown;
  @Field(() => LabelDto) message!: LabelDto;
  @Field(() => ReviewStatus) status!: ReviewStatus;
  @Field(() => String, { nullable: true }) reviewer!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => Date, { nullable: true }) reviewedAt!: Date | null;
  @Field(() => ReportSummaryDto) report!: ReportSummaryDto;
}

@ObjectType('FlagConnection')
export class FlagConnectionDto {
  @Field(() => [FlagDto]) nodes!: FlagDto[];
  @Field(() => Int) totalCount!: number;
  @Field(() => PageInfoDto) pageInfo!: PageInfoDto;
}

@ObjectType('FlagCount')
export class FlagCountDto {
  @Field(() => FlagCode) code!: string;
  @Field(() => Int) year!: number;
  @Field(() => Int) count!: number;
}
