/** The validated configuration of one API process (read once, at boot). */
export type AppConfig = {
  port: number;
  /** Absolute; holds the embedded database, the JWT secret and the database password. */
  dataDir: string;
  /** External PostgreSQL; null = the embedded server under dataDir. */
  databaseUrl: string | null;
  /** Port of the embedded PostgreSQL server. */
  embeddedPgPort: number;
  adminEmail: string | null;
  adminPassword: string | null;
  jwtSecret: string;
  jwtTtlHours: number;
  /** Load the demo corpus into an empty database at start. */
  demoData: boolean;
  /** Cap on demo corpus documents (0 = all). */
  demoLimit: number;
  /** Real reports ingested with the demo data when the folder exists. */
  sharedReportsDir: string;
  webDistDir: string;
  /** Where to emit the GraphQL schema; null = keep it in memory. */
  schemaFile: string | null;
  /** Upload size bound per file (bytes). */
  maxUploadBytes: number;
  /** Files per upload request (a zip counts its documents). */
  maxUploadFiles: number;
  /** Bytes per upload request, over all files (zips counted unpacked). */
  maxUploadTotalBytes: number;
  /** Entries one zip archive may hold. */
  maxZipEntries: number;
  /** Failed sign-ins to an existing account per (address, e-mail) within loginWindowSeconds before 429. */
  loginMaxFailures: number;
  /** Sign-in attempts per address within loginWindowSeconds before 429 (any e-mail). */
  loginMaxAttempts: number;
  loginWindowSeconds: number;
  /** Upload requests per user per minute before 429. */
  uploadsPerMinute: number;
  /** GraphQL bounds: selection depth and an estimated cost (fields × list sizes). */
  maxQueryDepth: number;
  maxQueryCost: number;
  /** How long a shutdown waits for in-flight imports before closing the database. */
  shutdownGraceSeconds: number;
  /** Cache dashboard answers until the data changes (RESULT_CACHE). */
  resultCache: boolean;
  /** Bound of that cache, in MB of JSON (RESULT_CACHE_MB). */
  resultCacheMb: number;
};
