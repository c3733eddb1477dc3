// V8 flags for the API server process, used by `npm start` and by the benchmark (so it
// measures the server as it runs). A GraphQL request allocates thousands of short-lived
// objects (a report's detail ~6,000): a 64 MB young generation (default 16) lets most die
// there instead of being promoted and traced again by the old-generation collector
// (report detail under 20 clients: p95 ≈ 145 vs 154 ms in alternating runs at 100,000 reports).
export const API_NODE_FLAGS = ['--max-semi-space-size=64'];
