import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('FileResult')
export class FileResultDto {
  @Field() fileName!: string;
  @Field() ok!: boolean;
  @Field(() => ID, { nullable: true }) reportId!: string | null;
  /** The same bytes were ingested before: nothing was added. */
  @Field() duplicate!: boolean;
  /** A new version: the agency's earlier report of that year is kept as superseded. */
  @Field() replaced!: boolean;
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field(() => Int) flagCount!: number;
}
