import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { ReportSimilarityDto } from './similarity.dto';
import { SimilarityService } from './similarity.service';

@Resolver(() => ReportSimilarityDto)
export class SimilarityResolver {
  constructor(private readonly similarity: SimilarityService) {}

  @Query(() => ReportSimilarityDto, { nullable: true, description: 'Copied text per section: against the previous report and other agencies of the same year.' })
  reportSimilarity(@Args('reportId', { type: () => ID }) reportId: string): Promise<ReportSimilarityDto | null> {
    return this.similarity.ofReport(Number(reportId));
  }
}
