import { Field, ObjectType } from '@nestjs/graphql';
import { LabelDto } from '../../../common/graphql/label.dto';

@ObjectType('AgencyType')
export class AgencyTypeDto {
  @Field() id!: string;
  @Field(() => LabelDto) label!: LabelDto;
}
