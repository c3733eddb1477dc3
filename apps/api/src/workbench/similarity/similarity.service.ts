import { Injectable } from '@nestjs/common';
import { buildShingleIndex, compareReports, findSimilar, sectionSimilarity, type Passage } from '@gongkai/report-review';
import { RegionScope } from '../scope/region-scope.service';
import { type ReportSimilarityDto, type TextMatchDto, type TextPassageDto } from './similarity.dto';
import { type SectionsRow, SimilarityRepository } from './similarity.repository';

/** Peers shown per section, and the least share worth showing. */
const PEERS = 3;
const MIN_PEER_SCORE = 0.1;
const passages = (ps: Passage[]): TextPassageDto[] => ps.map(({ aStart, aEnd, bStart, bEnd }) => ({ aStart, aEnd, bStart, bEnd }));

/**
 * Per section of a report: how much repeats the same agency's previous report and other
 * agencies' reports of the same year (within the caller's regions), with the passages.
 */
@Injectable()
export class SimilarityService {
  constructor(private readonly repo: SimilarityRepository, private readonly scope: RegionScope) {}

  async ofReport(reportId: number): Promise<ReportSimilarityDto | null> {
    const report = await this.repo.byId(reportId);
    if (!report || !(await this.scope.allowsAgency(report.agencyId))) return null;
    const [previous, peers] = await Promise.all([
      this.repo.current(report.agencyId, report.year - 1),
      this.repo.peers(report.year, report.agencyId, await this.scope.narrow(null)),
    ]);
    const cmp = previous ? compareReports(report, previous) : null;
    const prevSections = new Map(previous?.sections.map((s) => [s.id, s]) ?? []);
    const byKey = new Map<string, { row: SectionsRow; section: SectionsRow['sections'][number] }>();
    const texts = peers.flatMap((row) => row.sections.map((section) => {
      const id = `${row.id}#${section.id}`;
      byKey.set(id, { row, section });
      return { id, text: section.text, group: String(row.agencyId) };
    }));
    const index = buildShingleIndex(texts);
    return {
      reportId: String(report.id),
      overallPrevious: cmp ? cmp.overall : null,
      sections: report.sections.map((s) => {
        const c = cmp?.sections.find((x) => x.sectionId === s.id);
        const p = prevSections.get(s.id);
        const prev: TextMatchDto | null = c && p && previous
          ? { reportId: String(previous.id), agencyId: String(previous.agencyId), agencyName: previous.agencyName, year: previous.year, sectionId: p.id, heading: p.heading, score: c.score, text: p.text, passages: passages(c.passages) }
          : null;
        const candidates = findSimilar(index, { text: s.text, group: String(report.agencyId) }, PEERS * 2, { excludeSameGroup: true });
        const matches = candidates.map((m) => {
          const hit = byKey.get(m.id)!;
          const r = sectionSimilarity(s.text, hit.section.text);
          return { reportId: String(hit.row.id), agencyId: String(hit.row.agencyId), agencyName: hit.row.agencyName, year: hit.row.year, sectionId: hit.section.id, heading: hit.section.heading, score: r.score, text: hit.section.text, passages: passages(r.passages) };
        }).filter((m) => m.score >= MIN_PEER_SCORE).sort((a, b) => b.score - a.score).slice(0, PEERS);
        return { sectionId: s.id, heading: s.heading, text: s.text, previous: prev, peers: matches };
      }),
    };
  }
}
