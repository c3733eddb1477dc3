import { Injectable } from '@nestjs/common';
import { agencyTypeFromName, computeMetrics } from '@gongkai/report-format';
import { checkReport } from '@gongkai/report-checks';
import { parseDocument } from '@gongkai/report-parser';
import { toFlagRows } from '../../flags/utils/flag-rows';
import { CellCorrectionsRepository } from '../../workbench/corrections/cell-corrections.repository';
import { IngestionError } from '../ingestion.errors';
import { type PreparedReport } from '../prepared-report';
import { agencyNameKey, cleanAgencyName } from '../utils/agency-name-key';
import { cellArrays, reportHeader } from '../utils/cell-arrays';
import { contentHash } from '../utils/content-hash';
import { sourceText } from '../utils/source-text';
import { RegionDirectory } from './region-directory.service';

const LEVELS = ['province', 'city', 'county'];
const TOWNSHIP = /(镇|乡|街道)(人民政府|政府|办事处)/u;

/** Bytes → parsed report, agency identity, region chain, single-report flags and metrics (I/O: only the cell corrections). */
@Injectable()
export class ReportPreparer {
  constructor(private readonly regions: RegionDirectory, private readonly corrections: CellCorrectionsRepository) {}

  async prepare(fileName: string, bytes: Uint8Array, hash = contentHash(bytes)): Promise<PreparedReport> {
    const result = await parseDocument(bytes, { fileName });
    if (!result.ok) throw new IngestionError(result.error.code, fileName, `${result.error.message}${result.error.where ? ` (${result.error.where})` : ''}`);
    const report = result.report;
    if (report.year == null) throw new IngestionError('NO_YEAR', fileName, 'the report year could not be read from the title');
    if (!report.agency) throw new IngestionError('NO_AGENCY', fileName, 'the agency could not be read from the title');
    const template = report.template;
    if (!template) throw new IngestionError('NO_TEMPLATE', fileName, 'the tables follow neither the 2019 nor the 2021 template');
    const name = cleanAgencyName(report.agency);
    const regions = this.regions.resolve(report.region, name);
    const deepest = regions[regions.length - 1];
    // A supervisor's corrections of this document's cells (workbench) count as what it says.
    for (const [key, value] of await this.corrections.current(hash)) if (key in report.cells) report.cells[key] = value;
    let flags;
    try {
      flags = checkReport(report);
    } catch (e) {
      throw new IngestionError('CHECK_FAILED', fileName, (e as Error).message);
    }
    return {
      fileName, bytes, hash, report: reportHeader(report), cells: cellArrays(report), year: report.year, template,
      agency: {
        name, key: agencyNameKey(name),
        type: agencyTypeFromName(name)?.key ?? 'other',
        level: TOWNSHIP.test(name) ? 'township' : LEVELS[Math.min(deepest.level, 3) - 1],
      },
      regions,
      flags: toFlagRows(flags, hash),
      metrics: computeMetrics(template, report.cells),
      sourceText: sourceText(bytes, report),
    };
  }
}
