import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { FlagCode, Severity } from '../../../common/graphql/enums';

@InputType('ReportFilter')
export class ReportFilterInput {
  @Field(() => Int, { nullable: true }) fromYear?: number | null;
  @Field(() => Int, { nullable: true }) toYear?: number | null;
  @Field(() => [String], { nullable: true }) regionCodes?: string[] | null;
  @Field(() => [String], { nullable: true }) agencyTypes?: string[] | null;
  @Field(() => [ID], { nullable: true }) agencyIds?: string[] | null;
  @Field(() => String, { nullable: true }) template?: string | null;
  @Field(() => [FlagCode], { nullable: true }) flagCodes?: string[] | null;
  @Field(() => [Severity], { nullable: true }) severities?: Severity[] | null;
  @Field(() => String, { nullable: true }) search?: string | null;
}
