import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The console is served by `next start`; nothing here should reach for the network at build time.
  poweredByHeader: false,
  typedRoutes: false,
  // Public pages live at /@handle, but a folder named "@handle" is a parallel-route slot in the
  // App Router, so the address is rewritten onto app/p/[handle] instead.
  async rewrites() {
    return [
      { source: "/@:handle", destination: "/p/:handle" },
      { source: "/@:handle/poster", destination: "/p/:handle/poster" },
      { source: "/@:handle/add", destination: "/p/:handle/add" },
    ];
  },
};

export default nextConfig;
