import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { LabelDto } from '../../common/graphql/label.dto';

@ObjectType('DirectoryAgency')
export class DirectoryAgencyDto {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() type!: string;
  @Field(() => LabelDto) typeLabel!: LabelDto;
  @Field() level!: string;
  @Field() regionCode!: string;
  @Field() regionName!: string;
  @Field(() => ID, { nullable: true }) parentId!: string | null;
  @Field(() => String, { nullable: true }) parentName!: string | null;
  @Field(() => Int) reportCount!: number;
}

@ObjectType('DirectoryPage')
export class DirectoryPageDto {
  @Field(() => [DirectoryAgencyDto]) nodes!: DirectoryAgencyDto[];
  @Field(() => Int) totalCount!: number;
}

@ObjectType('DirectoryImportResult')
export class DirectoryImportResultDto {
  @Field(() => Int) rows!: number;
  @Field(() => Int) added!: number;
  @Field(() => Int) updated!: number;
}

@InputType('AgencyUpdate')
export class AgencyUpdateInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  /** Agency type key or its Chinese label. */
  @Field(() => String, { nullable: true }) type?: string | null;
  @Field(() => String, { nullable: true }) regionCode?: string | null;
  /** The parent agency; null clears it, absent leaves it. */
  @Field(() => ID, { nullable: true }) parentId?: string | null;
}
