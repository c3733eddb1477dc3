import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AgencyDto } from '../../../agencies/dtos/outputs/agency.dto';

/** What a report is in a list and in its own detail (ReportSummary and Report share these fields). */
@ObjectType({ isAbstract: true })
export abstract class ReportFieldsDto {
  @Field(() => ID) id!: string;
  /** Resolved through the agency DataLoader. */
  @Field(() => AgencyDto) agency?: AgencyDto;
  @Field(() => Int) year!: number;
  @Field() template!: string;
  @Field() layout!: string;
  @Field() fileName!: string;
  @Field(() => String, { nullable: true }) publishedAt!: string | null;
  @Field() status!: string;
  agencyId!: number;
}

@ObjectType('ReportSummary')
export class ReportSummaryDto extends ReportFieldsDto {
  @Field(() => Int) errorCount!: number;
  @Field(() => Int) warningCount!: number;
  @Field(() => Int) infoCount!: number;
  @Field() ingestedAt!: Date;
}
