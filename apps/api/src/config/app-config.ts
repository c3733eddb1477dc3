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
};
