import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LabelDto } from '../../../common/graphql/label.dto';
import { RegionDto } from './region.dto';

@ObjectType('Agency')
export class AgencyDto {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => [String]) aliases!: string[];
  @Field() type!: string;
  @Field(() => LabelDto) typeLabel!: LabelDto;
  @Field() level!: string;
  /** Resolved through the region DataLoader. */
  @Field(() => RegionDto) region?: RegionDto;
  @Field(() => Int) reportCount!: number;
  regionCode!: string;
}
