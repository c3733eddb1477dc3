import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type Role } from '../../common/graphql/enums';

export type UserRow = { id: number; email: string; passwordHash: string; role: Role; regionCodes: string[] };

const COLUMNS = `id, email, password_hash AS "passwordHash", role, region_codes AS "regionCodes"`;

@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findByEmail(email: string): Promise<UserRow | null> {
    const rows: UserRow[] = await this.db.query(`SELECT ${COLUMNS} FROM users WHERE lower(email) = lower($1)`, [email]);
    return rows[0] ?? null;
  }

  async findById(id: number): Promise<UserRow | null> {
    const rows: UserRow[] = await this.db.query(`SELECT ${COLUMNS} FROM users WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** Insert unless the e-mail exists; returns the new row or null. */
  async insert(email: string, passwordHash: string, role: Role, regionCodes: string[]): Promise<UserRow | null> {
    const rows: UserRow[] = await this.db.query(
      `INSERT INTO users (email, password_hash, role, region_codes) VALUES ($1, $2, $3, $4)
       ON CONFLICT (email) DO NOTHING RETURNING ${COLUMNS}`,
      [email, passwordHash, role, regionCodes],
    );
    return rows[0] ?? null;
  }

  async countAdmins(): Promise<number> {
    const rows: { n: number }[] = await this.db.query(`SELECT count(*)::int AS n FROM users WHERE role = 'ADMIN'`);
    return rows[0].n;
  }
}
