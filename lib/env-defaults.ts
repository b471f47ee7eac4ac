// Shared by the web app, the worker and scripts; kept free of "server-only" so plain Node can import it.
export const DEFAULT_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/friendcast";
export const DEFAULT_REDIS_URL = "redis://127.0.0.1:6379";
