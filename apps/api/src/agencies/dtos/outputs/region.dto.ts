import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Region')
export class RegionDto {
  @Field() code!: string;
  @Field() name!: string;
  /** 1 province, 2 city, 3 county. */
  @Field(() => Int) level!: number;
  @Field(() => String, { nullable: true }) parentCode!: string | null;
  @Field() fullName!: string;
}
