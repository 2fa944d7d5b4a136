import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // better-sqlite3 is a native addon; Next keeps it external by default, listed here so it stays explicit.
  serverExternalPackages: ["better-sqlite3"],
};

export default nextConfig;
