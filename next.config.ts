import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The console is served by `next start`; nothing here should reach for the network at build time.
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
