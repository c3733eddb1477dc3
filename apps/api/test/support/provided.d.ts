declare module 'vitest' {
  export interface ProvidedContext {
    /** http://127.0.0.1:<port> of the API booted by the global setup. */
    apiUrl: string;
    /** postgres:// URL of its throwaway database, to count rows. */
    databaseUrl: string;
    /** How many demo corpus documents were loaded. */
    demoLimit: number;
    adminEmail: string;
    /** DATA_DIR of the app (its JWT secret lives there). */
    dataDir: string;
    /** The process the app runs in (the load test reads its RSS). */
    apiPid: number;
    adminPassword: string;
  }
}
export {};
