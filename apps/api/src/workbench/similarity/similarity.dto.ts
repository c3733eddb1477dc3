import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('TextPassage')
export class TextPassageDto {
  /** [aStart, aEnd) in this report's section text. */
  @Field(() => Int) aStart!: number;
  @Field(() => Int) aEnd!: number;
  /** [bStart, bEnd) in the other text. */
  @Field(() => Int) bStart!: number;
  @Field(() => Int) bEnd!: number;
}

@ObjectType('TextMatch')
export class TextMatchDto {
  @Field(() => ID) reportId!: string;
  @Field(() => ID) agencyId!: string;
  @Field() agencyName!: string;
  @Field(() => Int) year!: number;
  @Field() sectionId!: string;
  @Field() heading!: string;
  /** Share of this section's compared characters found in the other text (0…1). */
  @Field(() => Float) score!: number;
  @Field() text!: string;
  @Field(() => [TextPassageDto]) passages!: TextPassageDto[];
}

@ObjectType('SectionSimilarity')
export class SectionSimilarityDto {
  @Field() sectionId!: string;
  @Field() heading!: string;
  @Field() text!: string;
  /** The same section of the agency's previous report, when there is one. */
  @Field(() => TextMatchDto, { nullable: true }) previous!: TextMatchDto | null;
  /** The most similar sections of other agencies' reports of the same year. */
  @Field(() => [TextMatchDto]) peers!: TextMatchDto[];
}

@ObjectType('ReportSimilarity')
export class ReportSimilarityDto {
  @Field(() => ID) reportId!: string;
  /** Copied over compared characters against the previous report, all sections together; null without one. */
  @Field(() => Float, { nullable: true }) overallPrevious!: number | null;
  @Field(() => [SectionSimilarityDto]) sections!: SectionSimilarityDto[];
}
