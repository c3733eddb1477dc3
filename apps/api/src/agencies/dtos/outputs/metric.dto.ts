import { Field, ObjectType } from '@nestjs/graphql';
import { LabelDto } from '../../../common/graphql/label.dto';

@ObjectType('Metric')
export class MetricDto {
  @Field() id!: string;
  @Field(() => LabelDto) label!: LabelDto;
  @Field() unit!: string;
  @Field() category!: string;
  @Field() kind!: string;
}
