import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ALL_CELL_KEYS } from '@gongkai/report-format';
import { DataSource } from 'typeorm';

/**
 * The smallint ids of canonical cell keys. The table is filled from the catalog at boot (new
 * keys appended, ids never change), and cached here both ways.
 */
@Injectable()
export class CellKeysRepository implements OnApplicationBootstrap {
  private idByKey = new Map<string, number>();
  private keyById = new Map<number, string>();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.sync();
  }

  async sync(): Promise<void> {
    await this.db.query(
      `INSERT INTO cell_keys (key) SELECT k FROM unnest($1::text[]) WITH ORDINALITY AS t(k, n) ORDER BY n ON CONFLICT (key) DO NOTHING`,
      [ALL_CELL_KEYS],
    );
    const rows: { id: number; key: string }[] = await this.db.query(`SELECT id, key FROM cell_keys`);
    this.idByKey = new Map(rows.map((r) => [r.key, r.id]));
    this.keyById = new Map(rows.map((r) => [r.id, r.key]));
  }

  /** Id of a catalog key; keys outside the catalog are added on the fly. */
  async idsFor(keys: readonly string[]): Promise<number[]> {
    if (keys.some((k) => !this.idByKey.has(k))) {
      await this.db.query(`INSERT INTO cell_keys (key) SELECT unnest($1::text[]) ON CONFLICT (key) DO NOTHING`, [keys.filter((k) => !this.idByKey.has(k))]);
      await this.sync();
    }
    return keys.map((k) => this.idByKey.get(k) as number);
  }

  keyOf(id: number): string {
    const key = this.keyById.get(id);
    if (key == null) throw new Error(`unknown cell key id ${id}`);
    return key;
  }
}
