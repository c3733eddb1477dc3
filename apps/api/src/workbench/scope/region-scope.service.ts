import { AsyncLocalStorage } from 'node:async_hooks';
import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type AppRequest } from '../../common/graphql/gql-context';
import { narrowRegions, NO_REGION } from './narrow-regions';

type Store = { req: AppRequest };

/**
 * The regions the current request may see. The middleware opens one async context per HTTP
 * request; the auth guard has put the user on that request before any resolver, controller or
 * service runs, so every query reads the caller's scope here without passing it around.
 * Outside a request (CLI, demo data, background work) there is no scope.
 */
@Injectable()
export class RegionScope {
  private static readonly als = new AsyncLocalStorage<Store>();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  static run<T>(req: AppRequest, fn: () => T): T {
    return RegionScope.als.run({ req }, fn);
  }

  /** The caller's region codes; null = not limited. */
  codes(): string[] | null {
    const store = RegionScope.als.getStore();
    if (!store) return null;
    const user = store.req.user;
    // A request whose user the guard has not resolved yet must not read anything scoped.
    if (!user) {
      if (store.req.headers?.authorization) throw new ForbiddenException('region scope asked before the caller was authenticated');
      return null;
    }
    return user.regionCodes.length > 0 ? user.regionCodes : null;
  }

  /**
   * A region filter (`agency.region_codes && filter`) narrowed to the caller's scope: agencies
   * under one of `requested` AND under one of the scope. null = no restriction; a scope that
   * excludes everything requested gives a code no agency has.
   */
  async narrow(requested: readonly string[] | null | undefined): Promise<string[] | null> {
    const scope = this.codes();
    const req = requested?.length ? [...requested] : null;
    if (!scope) return req;
    if (!req) return scope;
    const chains = await this.chains([...new Set([...req, ...scope])]);
    return narrowRegions(req, scope, chains);
  }

  /** Whether an agency with this region chain is inside the caller's scope. */
  allowsChain(regionCodes: readonly string[]): boolean {
    const scope = this.codes();
    return !scope || regionCodes.some((c) => scope.includes(c));
  }

  async allowsAgency(agencyId: number): Promise<boolean> {
    const scope = this.codes();
    if (!scope) return true;
    const rows: { ok: boolean }[] = await this.db.query(`SELECT region_codes && $2::text[] AS ok FROM agencies WHERE id = $1`, [agencyId, scope]);
    return rows[0]?.ok === true;
  }

  async assertAgency(agencyId: number): Promise<void> {
    if (!(await this.allowsAgency(agencyId))) throw new ForbiddenException(`agency ${agencyId} is outside your regions`);
  }

  /** Region code → its chain of ancestors, itself included. */
  private async chains(codes: string[]): Promise<Map<string, string[]>> {
    const rows: { code: string; chain: string[] }[] = await this.db.query(
      `WITH RECURSIVE up(start, code, parent) AS (
         SELECT code, code, parent_code FROM regions WHERE code = ANY($1)
         UNION ALL SELECT up.start, g.code, g.parent_code FROM up JOIN regions g ON g.code = up.parent)
       SELECT start AS code, array_agg(code) AS chain FROM up GROUP BY start`,
      [codes],
    );
    return new Map(rows.map((r) => [r.code, r.chain]));
  }
}

export { NO_REGION };
