import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { JSONScalar } from '../../../common/graphql/json.scalar';
import { LabelDto } from '../../../common/graphql/label.dto';
import { PageInfoDto } from '../../../common/graphql/page-info.dto';
import { FlagDto } from '../../../flags/dtos/outputs/flag.dto';
import { ReportFieldsDto, ReportSummaryDto } from './report-summary.dto';

@ObjectType('SourcePos')
export class SourcePosDto {
  @Field() kind!: string;
  @Field(() => Int, { nullable: true }) line?: number;
  @Field(() => Int, { nullable: true }) endLine?: number;
  @Field(() => Int, { nullable: true }) table?: number;
  @Field(() => Int, { nullable: true }) row?: number;
  @Field(() => Int, { nullable: true }) col?: number;
  @Field(() => Int, { nullable: true }) page?: number;
  @Field(() => Float, { nullable: true }) x?: number;
  @Field(() => Float, { nullable: true }) y?: number;
  @Field(() => Float, { nullable: true }) w?: number;
  @Field(() => Float, { nullable: true }) h?: number;
}

@ObjectType('Cell')
export class CellDto {
  @Field() key!: string;
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field() raw!: string;
  @Field(() => SourcePosDto, { nullable: true }) pos!: SourcePosDto | null;
  @Field(() => Float, { nullable: true }) previousValue!: number | null;
  @Field() flagged!: boolean;
  /** A supervisor corrected the parsed value (workbench); set by ReportsService.detail. */
  @Field() corrected!: boolean;
}

@ObjectType('TableColumn')
export class TableColumnDto {
  @Field() key!: string;
  @Field(() => LabelDto) label!: LabelDto;
  @Field() unit!: string;
}

@ObjectType('TableRow')
export class TableRowDto {
  @Field() key!: string;
  @Field(() => LabelDto) label!: LabelDto;
  @Field(() => String, { nullable: true }) group!: string | null;
  @Field(() => String, { nullable: true }) number!: string | null;
  @Field(() => [CellDto]) cells!: CellDto[];
}

@ObjectType('ReportTable')
export class ReportTableDto {
  @Field() id!: string;
  @Field(() => LabelDto) label!: LabelDto;
  @Field(() => [TableColumnDto]) columns!: TableColumnDto[];
  @Field(() => [TableRowDto]) rows!: TableRowDto[];
}

@ObjectType('Section')
export class SectionDto {
  @Field() id!: string;
  @Field() heading!: string;
  @Field() text!: string;
}

@ObjectType('Report')
export class ReportDto extends ReportFieldsDto {
  @Field() contentHash!: string;
  @Field() title!: string;
  @Field(() => [ReportTableDto]) tables!: ReportTableDto[];
  @Field(() => [SectionDto]) sections!: SectionDto[];
  @Field() sourceText!: string;
  @Field(() => [FlagDto]) flags!: FlagDto[];
  @Field(() => JSONScalar) metrics!: Record<string, number | null>;
  @Field(() => ID, { nullable: true }) previousReportId!: string | null;
  @Field(() => [ReportSummaryDto]) versions!: ReportSummaryDto[];
}

@ObjectType('ReportEdge')
export class ReportEdgeDto {
  @Field() cursor!: string;
  @Field(() => ReportSummaryDto) node!: ReportSummaryDto;
}

@ObjectType('ReportConnection')
export class ReportConnectionDto {
  @Field(() => [ReportEdgeDto]) edges!: ReportEdgeDto[];
  @Field(() => PageInfoDto) pageInfo!: PageInfoDto;
  @Field(() => Int) totalCount!: number;
}
