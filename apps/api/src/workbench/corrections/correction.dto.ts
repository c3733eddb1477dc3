import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { LabelDto } from '../../common/graphql/label.dto';

@ObjectType('CellCorrection')
export class CellCorrectionDto {
  @Field(() => ID) id!: string;
  @Field() key!: string;
  /** Table, row and column labels from the catalog. */
  @Field(() => LabelDto) label!: LabelDto;
  /** The value as parsed from the document, before any correction. */
  @Field(() => Float, { nullable: true }) originalValue!: number | null;
  @Field() originalRaw!: string;
  /** The value this correction replaced. */
  @Field(() => Float, { nullable: true }) previousValue!: number | null;
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field() reason!: string;
  @Field() correctedBy!: string;
  @Field() correctedAt!: Date;
}
