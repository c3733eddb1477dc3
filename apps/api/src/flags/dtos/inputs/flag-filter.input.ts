import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { FlagCode, ReviewStatus, Severity } from '../../../common/graphql/enums';

@InputType('FlagFilter')
export class FlagFilterInput {
  @Field(() => [FlagCode], { nullable: true }) codes?: string[] | null;
  @Field(() => [Severity], { nullable: true }) severities?: Severity[] | null;
  @Field(() => [ReviewStatus], { nullable: true }) statuses?: ReviewStatus[] | null;
  @Field(() => [String], { nullable: true }) regionCodes?: string[] | null;
  @Field(() => Int, { nullable: true }) fromYear?: number | null;
  @Field(() => Int, { nullable: true }) toYear?: number | null;
  @Field(() => [ID], { nullable: true }) agencyIds?: string[] | null;
  @Field(() => ID, { nullable: true }) reportId?: string | null;
}
