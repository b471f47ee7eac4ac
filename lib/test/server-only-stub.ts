// Stands in for "server-only" under vitest, where every module already runs on the server.
export {};
