import { Field, ID, InputType } from '@nestjs/graphql';

@InputType('MetricFilter')
export class MetricFilterInput {
  @Field(() => [String], { nullable: true }) regionCodes?: string[] | null;
  @Field(() => [String], { nullable: true }) agencyTypes?: string[] | null;
  @Field(() => [ID], { nullable: true }) agencyIds?: string[] | null;
}

/** The filter as SQL parameters: null = no restriction. */
export const filterParams = (f: MetricFilterInput | null | undefined) => ({
  regionCodes: f?.regionCodes?.length ? f.regionCodes : null,
  agencyTypes: f?.agencyTypes?.length ? f.agencyTypes : null,
  agencyIds: f?.agencyIds?.length ? f.agencyIds.map(Number) : null,
});
