import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit/services/audit.service';
import { RateLimitsService } from '../../common/limits/rate-limits.service';
import { gateUploads, type ReceivedFile } from '../../common/limits/upload-gate';
import { uploadLimits } from '../../common/limits/upload-limits';
import { InFlightService } from '../../common/shutdown/in-flight.service';
import { AppConfigService } from '../../config/services/app-config.service';
import { type FileResultDto } from '../dtos/outputs/file-result.dto';
import { IngestionService } from '../services/ingestion.service';

/**
 * Both upload doors (POST /api/upload and the uploadReports mutation) end here: the files go
 * through the upload gate (bounds, zip checks, type by bytes), the accepted documents are
 * ingested as tracked in-flight work, and refusals come back as failed results naming the
 * file and the reason, with nothing of them stored; both are audited.
 */
@Injectable()
export class UploadIntakeService {
  constructor(
    private readonly config: AppConfigService,
    private readonly ingestion: IngestionService,
    private readonly inFlight: InFlightService,
    private readonly rateLimits: RateLimitsService,
    private readonly audit: AuditService,
  ) {}

  get limits() {
    return uploadLimits(this.config.app);
  }

  /** Counts one upload request of the user (429 past the limit). */
  admit(actor: string): void {
    this.rateLimits.upload(actor);
  }

  async intake(files: ReceivedFile[], actor: string): Promise<FileResultDto[]> {
    const { documents, rejected } = gateUploads(files, this.limits);
    const results = documents.length > 0 ? await this.inFlight.run('upload', () => this.ingestion.ingest(documents, actor)) : [];
    if (rejected.length > 0) {
      await this.audit.record(actor, 'upload.rejected', { files: rejected.map((r) => ({ file: r.fileName, code: r.code, message: r.message })).slice(0, 100) });
    }
    return [
      ...results,
      ...rejected.map((r) => ({ fileName: r.fileName, ok: false, reportId: null, duplicate: false, replaced: false, error: r.message, flagCount: 0 })),
    ];
  }
}
