// Stands in for `server-only` in the worker bundle (scripts/lib/build-worker.mjs).
