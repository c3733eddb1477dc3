import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AgencyDto } from '../../../agencies/dtos/outputs/agency.dto';

@ObjectType('ReportSummary')
export class ReportSummaryDto {
  @Field(() => ID) id!: string;
  /** Resolved through the agency DataLoader. */
  @Field(() => AgencyDto) agency?: AgencyDto;
  @Field(() => Int) year!: number;
  @Field() template!: string;
  @Field() layout!: string;
  @Field() fileName!: string;
  @Field(() => String, { nullable: true }) publishedAt!: string | null;
  @Field() status!: string;
  @Field(() => Int) errorCount!: number;
  @Field(() => Int) warningCount!: number;
  @Field(() => Int) infoCount!: number;
  @Field() ingestedAt!: Date;
  agencyId!: number;
}
